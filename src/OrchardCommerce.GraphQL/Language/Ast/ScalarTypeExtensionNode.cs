namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend scalar.</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemExtensionNode;
