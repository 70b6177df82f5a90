namespace OrchardCommerce.GraphQL.Language;

/// <summary>[Type].</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode;
