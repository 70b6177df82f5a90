using System.Globalization;
using System.Text;

namespace OrchardCommerce.Workflows.Feel;

/// <summary>Splits FEEL text into tokens (DMN 1.3 §10.3.1.2 grammar, rules 23–37).</summary>
internal static class FeelLexer
{
    // Longest first so "**" wins over "*" and ".." over ".".
    private static readonly string[] Symbols =
        ["**", "..", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", "."];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new FeelToken(FeelTokenKind.End, "", null, i));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c == '"')
            {
                tokens.Add(new FeelToken(FeelTokenKind.String, "string", ReadString(text, ref i), start));
            }
            else if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i], null, start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FeelSyntaxException("an expression", $"'{c}'", i);
                i += symbol.Length;
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol, null, start));
            }
        }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '?' or '$';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '?' or '$' or '\'';

    private static FeelToken ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        // "1..5" is a range, so a dot only belongs to the number when a digit follows it.
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        var digits = text[start..i];
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new FeelSyntaxException("a number within the decimal range", $"'{digits}'", start);
        }

        return new FeelToken(FeelTokenKind.Number, digits, value, start);
    }

    private static string ReadString(string text, ref int i)
    {
        i++;
        var builder = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] != '\\')
            {
                builder.Append(text[i++]);
                continue;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            var escape = text[i + 1];
            i += 2;
            switch (escape)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '"' or '\\' or '\'': builder.Append(escape); break;
                case 'u' when i + 4 <= text.Length && int.TryParse(text.AsSpan(i, 4), NumberStyles.HexNumber, null, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: throw new FeelSyntaxException("a valid escape sequence", $"'\\{escape}'", i - 2);
            }
        }

        if (i >= text.Length)
        {
            throw new FeelSyntaxException("a closing '\"'", "end of input", text.Length);
        }

        i++;
        return builder.ToString();
    }
}
