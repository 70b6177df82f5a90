namespace OrchardCommerce.Workflows.Feel;

/// <summary>A lexical token; keywords stay <see cref="FeelTokenKind.Name"/> tokens because FEEL names may contain them.</summary>
internal sealed record FeelToken(FeelTokenKind Kind, string Text, object? Value, int Position)
{
    public bool IsSymbol(string symbol) => Kind == FeelTokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) => Kind == FeelTokenKind.Name && Text == keyword;

    public string Describe() => Kind switch
    {
        FeelTokenKind.End => "end of input",
        FeelTokenKind.String => "a string",
        _ => $"'{Text}'",
    };
}
