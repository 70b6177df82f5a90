using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = Names.Assert(name);
    public GraphQLType Type { get; } = type.IsInputType ? type : throw new ArgumentException($"{name} must be an input type, not {type}.", nameof(type));
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }

    /// <summary>Whether a default is defined; a default may be null, so <see cref="DefaultValue"/> alone cannot tell.</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>The default as a coerced internal value (as graphql-js 16 keeps it).</summary>
    public object? DefaultValue { get; init; }

    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Non-null without a default: callers must give it (spec §5.4.2.1).</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}
