namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend type.</summary>
public sealed record ObjectTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeSystemExtensionNode;
