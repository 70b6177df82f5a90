namespace OrchardCommerce.GraphQL.Language;

/// <summary>... on Type { }: an inline fragment, the type condition optional.</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode;
