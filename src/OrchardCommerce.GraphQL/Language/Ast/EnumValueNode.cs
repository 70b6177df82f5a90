namespace OrchardCommerce.GraphQL.Language;

/// <summary>An enum value: a name other than true, false and null.</summary>
public sealed record EnumValueNode(string Value) : ValueNode;
