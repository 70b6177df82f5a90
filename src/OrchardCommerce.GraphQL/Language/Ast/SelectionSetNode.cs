namespace OrchardCommerce.GraphQL.Language;

/// <summary>The braces of fields and fragments an operation, field or fragment selects.</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : Node;
