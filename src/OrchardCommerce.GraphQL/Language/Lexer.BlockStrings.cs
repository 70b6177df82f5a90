using System.Text;

namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Lexer
{
    // GraphQL spec §2.9.4: block strings are raw except for \""", split into lines and dedented (BlockStringValue).
    private Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.Dedent(lines)));
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw Error(position, "Unterminated string.");
    }
}
