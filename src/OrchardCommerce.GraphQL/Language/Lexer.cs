namespace OrchardCommerce.GraphQL.Language;

/// <summary>Reads a source into tokens on demand (GraphQL spec §2.1), skipping ignored tokens and comments.</summary>
public sealed partial class Lexer
{
    private readonly string _body;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, null);
        LastToken = Token;
    }

    public Source Source { get; }
    public Token Token { get; private set; }
    public Token LastToken { get; private set; }

    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        return Token;
    }

    /// <summary>The next significant token, without consuming it.</summary>
    public Token Lookahead()
    {
        var token = Token;
        if (token.Kind == TokenKind.EndOfFile) return token;
        do
        {
            token.Next ??= ReadNextToken(token.End);
            token = token.Next;
        }
        while (token.Kind == TokenKind.Comment);
        return token;
    }

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private Token ReadNextToken(int start)
    {
        var position = start;
        while (position < _body.Length)
        {
            var code = _body[position];
            switch (code)
            {
                // Ignored tokens (§2.1.7): BOM, white space, line terminators, commas.
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#': return ReadComment(position);
                case '!': return Punctuator(TokenKind.Bang, position);
                case '$': return Punctuator(TokenKind.Dollar, position);
                case '&': return Punctuator(TokenKind.Amp, position);
                case '(': return Punctuator(TokenKind.ParenL, position);
                case ')': return Punctuator(TokenKind.ParenR, position);
                case ':': return Punctuator(TokenKind.Colon, position);
                case '=': return Punctuator(TokenKind.Equals, position);
                case '@': return Punctuator(TokenKind.At, position);
                case '[': return Punctuator(TokenKind.BracketL, position);
                case ']': return Punctuator(TokenKind.BracketR, position);
                case '{': return Punctuator(TokenKind.BraceL, position);
                case '|': return Punctuator(TokenKind.Pipe, position);
                case '}': return Punctuator(TokenKind.BraceR, position);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                        return new Token(TokenKind.Spread, position, position + 3, null);
                    break;
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);
            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.EndOfFile, _body.Length, _body.Length, null);
    }

    private static Token Punctuator(TokenKind kind, int position) => new(kind, position, position + 1, null);

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return new Token(TokenKind.Comment, start, position, _body[(start + 1)..position]);
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position])) position++;
        return new Token(TokenKind.Name, start, position, _body[start..position]);
    }
}
