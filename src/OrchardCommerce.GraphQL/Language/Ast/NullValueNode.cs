namespace OrchardCommerce.GraphQL.Language;

/// <summary>null.</summary>
public sealed record NullValueNode() : ValueNode;
