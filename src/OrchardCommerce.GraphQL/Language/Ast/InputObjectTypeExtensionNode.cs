namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend input.</summary>
public sealed record InputObjectTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeSystemExtensionNode;
