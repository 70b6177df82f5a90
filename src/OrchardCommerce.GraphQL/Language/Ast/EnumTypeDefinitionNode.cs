namespace OrchardCommerce.GraphQL.Language;

/// <summary>enum Name { VALUES }.</summary>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode;
