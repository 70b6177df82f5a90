namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Lexer
{
    // GraphQL spec §2.9.1–2.9.2: IntValue and FloatValue; no leading zeros, no bare dot, and a number may
    // not be followed directly by a dot or a name start.
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-') code = CharAt(++position);
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code)) throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode)) throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        var position = start + 1;
        while (IsDigit(CharAt(position))) position++;
        return position;
    }
}
