namespace OrchardCommerce.GraphQL.Language;

/// <summary>A name: of a field, type, argument, directive, variable or fragment.</summary>
public sealed record NameNode(string Value) : Node;
