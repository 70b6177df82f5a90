namespace OrchardCommerce.GraphQL.Language;

/// <summary>union Name = A | B.</summary>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode;
