namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Walks the token list for the parser; the list always ends with an End token.</summary>
internal sealed class TokenCursor(List<Token> tokens)
{
    private int _index;

    public Token Current => tokens[_index];

    public Token Next()
    {
        var token = Current;
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }

        return token;
    }

    public bool TryConsume(string punctuator)
    {
        if (!Current.Is(punctuator))
        {
            return false;
        }

        _index++;
        return true;
    }

    public void Expect(string punctuator)
    {
        if (!TryConsume(punctuator))
        {
            throw new ScriptFault($"expected '{punctuator}'", Current.Position);
        }
    }

    public ScriptFault Unexpected() => Current.Kind switch
    {
        TokenKind.End => new ScriptFault("unexpected end of expression", Current.Position),
        TokenKind.String => new ScriptFault("unexpected string literal", Current.Position),
        _ => new ScriptFault($"unexpected token '{Current.Text}'", Current.Position),
    };
}
