namespace OrchardCommerce.GraphQL.Language;

/// <summary>interface Name implements A { fields }: interfaces may implement interfaces.</summary>
public sealed record InterfaceTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode;
