namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                using (Nest())
                    return new ListValueNode(Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR)) { Location = Loc(token) };
            case TokenKind.BraceL:
                using (Nest())
                    return new ObjectValueNode(Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR)) { Location = Loc(token) };
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (!isConst) return ParseVariable();
                ExpectToken(TokenKind.Dollar);
                throw Current.Kind == TokenKind.Name
                    ? Error(token, $"Unexpected variable \"${Current.Value}\" in constant value.")
                    : Unexpected(token);
            default:
                throw Unexpected();
        }
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At)) directives.Add(ParseDirective(isConst));
        return directives;
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        return new DirectiveNode(name, ParseArguments(isConst)) { Location = Loc(start) };
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            using (Nest())
            {
                var inner = ParseTypeReference();
                ExpectToken(TokenKind.BracketR);
                type = new ListTypeNode(inner) { Location = Loc(start) };
            }
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }
}
