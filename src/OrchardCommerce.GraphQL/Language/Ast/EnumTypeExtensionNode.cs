namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend enum.</summary>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeSystemExtensionNode;
