namespace OrchardCommerce.GraphQL.Language;

/// <summary>[ values ].</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;
