using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = Names.Assert(name);
    public string? Description { get; } = description;

    /// <summary>The definition this type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    public override NamedType Named => this;
    public override string ToString() => Name;
}
