namespace OrchardCommerce.GraphQL.Types;

/// <summary>An input object (spec §3.10); coerced values are IReadOnlyDictionary&lt;string, object?&gt; in field order.</summary>
public sealed class InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields, string? description = null)
    : NamedType(name, description)
{
    private readonly Lazy<IReadOnlyList<InputValueDefinition>> definitions = new(() => fields().ToList());

    public IReadOnlyList<InputValueDefinition> Fields => definitions.Value;

    /// <summary>@oneOf: exactly one field must be given, and not null (GraphQL spec draft, graphql-js 16.9+).</summary>
    public bool IsOneOf { get; init; }

    public InputValueDefinition? GetField(string fieldName) => Fields.FirstOrDefault(f => f.Name == fieldName);
}
