namespace OrchardCommerce.GraphQL.Language;

/// <summary>fragment Name on Type { }.</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
