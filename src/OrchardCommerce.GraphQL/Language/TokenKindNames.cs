namespace OrchardCommerce.GraphQL.Language;

/// <summary>How token kinds are named in syntax errors (the names graphql-js uses).</summary>
public static class TokenKindNames
{
    public static string Text(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Amp => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        _ => kind.ToString(),
    };

    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>Punctuators are quoted in messages; the other kinds are named bare.</summary>
    public static string Describe(this TokenKind kind) => kind.IsPunctuator() ? $"\"{kind.Text()}\"" : kind.Text();
}
