namespace OrchardCommerce.GraphQL.Execution;

/// <summary>The grouped field set of one selection set for one object type (spec §6.3.2), in response order.</summary>
internal sealed class CollectedFields(CollectedField[] fields, bool dependsOnVariables)
{
    public CollectedField[] Fields { get; } = fields;
    public string[] Keys { get; } = Array.ConvertAll(fields, f => f.ResponseName);

    /// <summary>Whether an @skip or @include decided by a variable shaped it, so it holds for this request only.</summary>
    public bool DependsOnVariables { get; } = dependsOnVariables;
}
