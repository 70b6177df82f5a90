namespace OrchardCommerce.GraphQL.Language;

/// <summary>A type by name.</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode;
