using System.Runtime.CompilerServices;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Recursive-descent parser; one method per precedence level, loosest first.</summary>
internal sealed partial class Parser
{
    // Bounds recursion so hostile input fails with a script error instead of overflowing the stack.
    private const int MaxDepth = 200;

    private static readonly string[][] BinaryLevels =
        [["||"], ["&&"], ["==", "!=", "===", "!=="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];

    private readonly TokenCursor _cursor;
    private int _depth;

    private Parser(List<Token> tokens) => _cursor = new TokenCursor(tokens);

    private Token Current => _cursor.Current;

    public static ExprNode Parse(string source)
    {
        var parser = new Parser(Tokenizer.Tokenize(source));
        var node = parser.ParseConditional();
        return parser.Current.Kind == TokenKind.End ? node : throw parser._cursor.Unexpected();
    }

    private ExprNode ParseConditional()
    {
        Enter();
        var node = ParseBinary(0);
        if (Current.Is("?"))
        {
            var position = _cursor.Next().Position;
            var whenTrue = ParseConditional();
            _cursor.Expect(":");
            node = new ConditionalNode(node, whenTrue, ParseConditional(), position);
        }

        _depth--;
        return node;
    }

    private ExprNode ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Punctuator && BinaryLevels[level].Contains(Current.Text))
        {
            var op = _cursor.Next();
            left = new BinaryNode(op.Text, left, ParseBinary(level + 1), op.Position);
        }

        return left;
    }

    private ExprNode ParseUnary()
    {
        if (!Current.Is("!") && !Current.Is("-") && !Current.Is("+"))
        {
            return ParsePostfix(ParsePrimary());
        }

        var op = _cursor.Next();
        Enter();
        var operand = ParseUnary();
        _depth--;
        return new UnaryNode(op.Text, operand, op.Position);
    }

    private ExprNode ParsePostfix(ExprNode target)
    {
        while (_cursor.TryConsume("."))
        {
            var name = Current;
            if (name.Kind != TokenKind.Identifier)
            {
                throw new ScriptFault("expected property name", name.Position);
            }

            _cursor.Next();
            var arguments = Current.Is("(") ? ParseArguments() : null;
            target = new MemberNode(target, name.Text, arguments, name.Position);
        }

        return target;
    }

    private ExprNode ParsePrimary()
    {
        var token = Current;
        if (token.Is("("))
        {
            _cursor.Next();
            var inner = ParseConditional();
            _cursor.Expect(")");
            return inner;
        }

        if (token.Kind is TokenKind.End or TokenKind.Punctuator)
        {
            throw _cursor.Unexpected();
        }

        _cursor.Next();
        return token.Kind switch
        {
            TokenKind.String => new LiteralNode(token.Text, token.Position),
            TokenKind.Number => new LiteralNode(token.Number, token.Position),
            _ => token.Text switch
            {
                "true" => new LiteralNode(true, token.Position),
                "false" => new LiteralNode(false, token.Position),
                "null" => new LiteralNode(null, token.Position),
                "new" => ParseNew(token),
                _ when Current.Is("(") => new CallNode(token.Text, ParseArguments(), token.Position),
                _ => throw new ScriptFault($"unknown identifier '{token.Text}'", token.Position),
            },
        };
    }

    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ScriptFault("expression is nested too deeply", Current.Position);
        }
    }
}
