namespace OrchardCommerce.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : Node;
