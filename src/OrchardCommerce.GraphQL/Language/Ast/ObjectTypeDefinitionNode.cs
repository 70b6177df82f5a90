namespace OrchardCommerce.GraphQL.Language;

/// <summary>type Name implements A &amp; B { fields }.</summary>
public sealed record ObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode;
