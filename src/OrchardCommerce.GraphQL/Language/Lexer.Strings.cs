using System.Text;

namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Lexer
{
    // GraphQL spec §2.9.4: StringValue with escapes; \u{...} (variable width) and JSON-style surrogate pairs.
    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                return new Token(TokenKind.String, start, position + 1, value.ToString());
            }
            if (code == '\\')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                var (text, size) = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{' ? ReadVariableWidthEscape(position) : ReadFixedWidthEscape(position)
                    : ReadEscapedCharacter(position);
                value.Append(text);
                position += size;
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw Error(position, "Unterminated string.");
    }

    private (string Text, int Size) ReadVariableWidthEscape(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                return (char.ConvertFromUtf32(point), size);
            }
            // 32-bit arithmetic on purpose: an overlong escape overflows to a negative value and is refused.
            point = (point << 4) | HexValue(code);
            if (point < 0) break;
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private (string Text, int Size) ReadFixedWidthEscape(int position)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code)) return (char.ConvertFromUtf32(code), 6);
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (IsTrailingSurrogate(trailing)) return (new string([(char)code, (char)trailing]), 12);
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private (string Text, int Size) ReadEscapedCharacter(int position)
    {
        var text = CharAt(position + 1) switch
        {
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'b' => "\b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            _ => null,
        };
        return text is null
            ? throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".")
            : (text, 2);
    }

    private int Read16BitHex(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };
}
