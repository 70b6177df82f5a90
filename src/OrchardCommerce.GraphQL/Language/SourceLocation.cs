namespace OrchardCommerce.GraphQL.Language;

/// <summary>A 1-based line and column in a source, as GraphQL errors report them.</summary>
public readonly record struct SourceLocation(int Line, int Column);
