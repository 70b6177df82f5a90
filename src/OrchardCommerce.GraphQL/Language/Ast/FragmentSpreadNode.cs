namespace OrchardCommerce.GraphQL.Language;

/// <summary>...Name: a spread of a named fragment.</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode;
