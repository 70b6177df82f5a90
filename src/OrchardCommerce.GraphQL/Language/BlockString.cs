using System.Text;
using System.Text.RegularExpressions;

namespace OrchardCommerce.GraphQL.Language;

/// <summary>Block string rules: the spec's dedent of raw lines, and printing a value back as a block string.</summary>
public static class BlockString
{
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i])) i++;
        return i;
    }

    /// <summary>GraphQL spec §2.9.4 BlockStringValue: remove the common indent (not of the first line) and
    /// the blank lines at the start and end.</summary>
    public static IReadOnlyList<string> Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        int? firstNonEmpty = null;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhiteSpace(lines[i]);
            if (indent == lines[i].Length) continue;
            firstNonEmpty ??= i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        var result = new List<string>();
        for (var i = firstNonEmpty ?? 0; i <= lastNonEmpty; i++)
            result.Add(i == 0 ? lines[i] : lines[i][Math.Min(commonIndent, lines[i].Length)..]);
        return result;
    }

    /// <summary>Prints a value as a block string that reads back to the same value, on several lines when it
    /// has to (line breaks, a trailing quote or backslash, leading indentation) or is long.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = Regex.Split(escaped, "\r\n|[\n\r]");
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (multipleLines || forceTrailingNewLine) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }
}
