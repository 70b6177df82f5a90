using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6), with the resolver that produces its value.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = Names.Assert(name);
    public GraphQLType Type { get; } = type.IsOutputType ? type : throw new ArgumentException($"{name} must be an output type, not {type}.", nameof(type));
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }

    /// <summary>Absent: the default resolver reads the field's name off the parent value.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>What one evaluation of this field weighs against the query cost limit; lists multiply by their page size.</summary>
    public int Cost { get; init; } = 1;

    public FieldDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
