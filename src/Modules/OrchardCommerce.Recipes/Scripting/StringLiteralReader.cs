using System.Globalization;
using System.Text;

namespace OrchardCommerce.Recipes.Scripting;

internal static class StringLiteralReader
{
    public static Token Read(string source, ref int i)
    {
        var start = i;
        var quote = source[i++];
        var text = new StringBuilder();
        while (true)
        {
            // JavaScript string literals may not span lines.
            if (i >= source.Length || source[i] is '\n' or '\r')
            {
                throw new ScriptFault("unterminated string literal", start);
            }

            var c = source[i++];
            if (c == quote)
            {
                return new Token(TokenKind.String, text.ToString(), 0, start);
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i >= source.Length)
            {
                throw new ScriptFault("unterminated string literal", start);
            }

            var escapePosition = i - 1;
            var e = source[i++];
            text.Append(e switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                '0' => '\0',
                'u' => ReadUnicodeEscape(source, ref i, escapePosition),
                _ => e, // JavaScript keeps the character for unknown escapes: '\'' '\"' '\\' '\/' '\a'.
            });
        }
    }

    private static char ReadUnicodeEscape(string source, ref int i, int escapePosition)
    {
        if (i + 4 > source.Length
            || !ushort.TryParse(source.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new ScriptFault("invalid unicode escape sequence", escapePosition);
        }

        i += 4;
        return (char)code;
    }
}
