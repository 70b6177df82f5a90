namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on variables; ScopeKey is the process instance key for root variables.</summary>
public sealed record VariableQuery : SearchQuery
{
    public long? ProcessInstanceKey { get; init; }

    public long? ScopeKey { get; init; }

    public string? Name { get; init; }
}
