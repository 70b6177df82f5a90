namespace OrchardCommerce.GraphQL.Language;

/// <summary>Limits that keep pathological documents from costing more than a syntax error.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Most significant tokens (comments excluded) a document may have; null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Deepest nesting of selection sets, list and object values and list types. The parser
    /// recurses per level, so this is what keeps 100,000 brackets from overflowing the stack.</summary>
    public int MaxDepth { get; init; } = 200;
}
