namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend interface.</summary>
public sealed record InterfaceTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeSystemExtensionNode;
