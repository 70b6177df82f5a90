namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend union.</summary>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeSystemExtensionNode;
