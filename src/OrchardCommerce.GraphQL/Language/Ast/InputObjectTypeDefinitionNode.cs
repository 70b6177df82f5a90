namespace OrchardCommerce.GraphQL.Language;

/// <summary>input Name { fields }.</summary>
public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode;
