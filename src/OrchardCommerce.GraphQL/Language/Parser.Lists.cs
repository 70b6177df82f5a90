namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>open item* close, possibly empty.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close)) nodes.Add(item());
        return nodes;
    }

    /// <summary>(open item+ close)?: empty when the open token is absent.</summary>
    private List<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        if (!ExpectOptionalToken(open)) return [];
        var nodes = new List<T>();
        do nodes.Add(item());
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>open item+ close.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do nodes.Add(item());
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>item (delimiter item)*, with an optional leading delimiter (A | B, &amp; A &amp; B).</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do nodes.Add(item());
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }
}
