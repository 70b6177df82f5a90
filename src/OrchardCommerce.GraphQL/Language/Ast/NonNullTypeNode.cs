namespace OrchardCommerce.GraphQL.Language;

/// <summary>Type!.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
