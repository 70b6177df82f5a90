namespace OrchardCommerce.GraphQL.Language;

/// <summary>fragment Name on Type { }.</summary>
public sealed record FragmentDefinitionNode(StringValueNode? Description, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
