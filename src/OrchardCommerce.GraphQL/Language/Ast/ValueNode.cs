namespace OrchardCommerce.GraphQL.Language;

/// <summary>A literal value or variable.</summary>
public abstract record ValueNode : Node;
