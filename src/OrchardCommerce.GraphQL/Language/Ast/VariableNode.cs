namespace OrchardCommerce.GraphQL.Language;

/// <summary>$name: a variable, as a value or in a definition.</summary>
public sealed record VariableNode(NameNode Name) : ValueNode;
