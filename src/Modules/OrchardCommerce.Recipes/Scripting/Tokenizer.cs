using System.Globalization;

namespace OrchardCommerce.Recipes.Scripting;

internal static class Tokenizer
{
    // Longest first, so "===" wins over "==" and "=".
    private static readonly string[] Punctuators =
    [
        "===", "!==", "==", "!=", "<=", ">=", "&&", "||",
        "+", "-", "*", "/", "%", "(", ")", "?", ":", ",", ".", "!", "<", ">",
    ];

    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < source.Length && char.IsWhiteSpace(source[i]))
            {
                i++;
            }

            if (i >= source.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, 0, source.Length));
                return tokens;
            }

            var c = source[i];
            if (c is '\'' or '"')
            {
                tokens.Add(StringLiteralReader.Read(source, ref i));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                tokens.Add(ReadNumber(source, ref i));
            }
            else if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < source.Length && (IsIdentifierStart(source[i]) || char.IsAsciiDigit(source[i])))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, source[start..i], 0, start));
            }
            else
            {
                var punctuator = Array.Find(Punctuators, p => string.CompareOrdinal(source, i, p, 0, p.Length) == 0)
                    ?? throw new ScriptFault($"unexpected character '{c}'", i);
                tokens.Add(new Token(TokenKind.Punctuator, punctuator, 0, i));
                i += punctuator.Length;
            }
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private static Token ReadNumber(string source, ref int i)
    {
        var start = i;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            i++;
        }

        if (i < source.Length && source[i] == '.')
        {
            i++;
            while (i < source.Length && char.IsAsciiDigit(source[i]))
            {
                i++;
            }
        }

        if (i < source.Length && source[i] is 'e' or 'E')
        {
            i++;
            if (i < source.Length && source[i] is '+' or '-')
            {
                i++;
            }

            if (i >= source.Length || !char.IsAsciiDigit(source[i]))
            {
                throw new ScriptFault("invalid number literal", start);
            }

            while (i < source.Length && char.IsAsciiDigit(source[i]))
            {
                i++;
            }
        }

        if (i < source.Length && IsIdentifierStart(source[i]))
        {
            throw new ScriptFault("invalid number literal", start);
        }

        var value = double.Parse(source.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, source[start..i], value, start);
    }
}
