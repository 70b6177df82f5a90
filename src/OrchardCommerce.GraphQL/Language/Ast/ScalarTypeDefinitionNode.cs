namespace OrchardCommerce.GraphQL.Language;

/// <summary>scalar Name.</summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode;
