namespace OrchardCommerce.GraphQL.Language;

/// <summary>The text of a GraphQL document and a name for it in error reports.</summary>
public sealed record Source(string Body, string Name = "GraphQL request")
{
    /// <summary>The 1-based line and column of a character offset, counting \r\n, \n and \r as line ends.</summary>
    public SourceLocation GetLocation(int position)
    {
        var line = 1;
        var lastLineStart = 0;
        var body = Body;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\n' && c != '\r') continue;
            // A terminator at or after the position does not start a new line for it (as graphql-js counts).
            if (i >= position) break;
            var length = c == '\r' && i + 1 < body.Length && body[i + 1] == '\n' ? 2 : 1;
            lastLineStart = i + length;
            line++;
            i += length - 1;
        }
        return new SourceLocation(line, position + 1 - lastLineStart);
    }
}
