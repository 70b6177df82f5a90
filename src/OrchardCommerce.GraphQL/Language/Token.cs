namespace OrchardCommerce.GraphQL.Language;

/// <summary>One lexical token: its kind, offsets and (for names, numbers, strings, comments) its value.</summary>
public sealed class Token(TokenKind kind, int start, int end, string? value)
{
    public TokenKind Kind { get; } = kind;
    public int Start { get; } = start;
    public int End { get; } = end;
    public string? Value { get; } = value;

    /// <summary>The token after this one, once read; lookahead reuses it instead of lexing twice.</summary>
    internal Token? Next { get; set; }

    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}
