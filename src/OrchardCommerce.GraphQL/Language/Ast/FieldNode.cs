namespace OrchardCommerce.GraphQL.Language;

/// <summary>A selected field, possibly aliased.</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode;
