namespace OrchardCommerce.GraphQL.Language;

/// <summary>{ name: value }: an input object literal.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;
