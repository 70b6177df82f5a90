namespace OrchardCommerce.GraphQL.Language;

/// <summary>One field of an input object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node;
