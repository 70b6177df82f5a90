namespace OrchardCommerce.GraphQL.Language;

/// <summary>A float literal, kept as written.</summary>
public sealed record FloatValueNode(string Value) : ValueNode;
