namespace OrchardCommerce.GraphQL.Language;

/// <summary>An integer literal, kept as written.</summary>
public sealed record IntValueNode(string Value) : ValueNode;
