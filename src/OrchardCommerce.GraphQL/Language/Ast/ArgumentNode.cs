namespace OrchardCommerce.GraphQL.Language;

/// <summary>An argument of a field or directive.</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node;
