namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// Recursive-descent parser for the FEEL subset, one method per precedence level of DMN 1.3 §10.3.1.2
/// (disjunction &lt; conjunction &lt; comparison &lt; additive &lt; multiplicative &lt; exponent &lt; unary &lt; postfix).
/// </summary>
internal sealed partial class FeelParser
{
    private static readonly HashSet<string> Keywords =
        ["true", "false", "null", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies",
         "and", "or", "between"];

    private static readonly HashSet<string> Comparisons = ["=", "!=", "<", "<=", ">", ">="];

    private readonly List<FeelToken> _tokens;
    private int _index;

    private FeelParser(List<FeelToken> tokens) => _tokens = tokens;

    private FeelToken Current => _tokens[_index];

    public static FeelNode Parse(string text)
    {
        var parser = new FeelParser(FeelLexer.Tokenize(text));
        var node = parser.ParseExpression();
        parser.Expect(FeelTokenKind.End, "", "an operator or end of input");
        return node;
    }

    private FeelNode ParseExpression()
    {
        if (Current.IsKeyword("if"))
        {
            return ParseIf();
        }

        if (Current.IsKeyword("for"))
        {
            return ParseFor();
        }

        return Current.IsKeyword("some") || Current.IsKeyword("every") ? ParseQuantified() : ParseDisjunction();
    }

    private FeelNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (Accept("or"))
        {
            left = new BinaryNode("or", left, ParseConjunction());
        }

        return left;
    }

    private FeelNode ParseConjunction()
    {
        var left = ParseComparison();
        while (Accept("and"))
        {
            left = new BinaryNode("and", left, ParseComparison());
        }

        return left;
    }

    private FeelNode ParseComparison()
    {
        var left = ParseAdditive();
        if (Current.Kind == FeelTokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Next().Text;
            return new BinaryNode(op, left, ParseAdditive());
        }

        if (Accept("between"))
        {
            var low = ParseAdditive();
            Expect(FeelTokenKind.Name, "and", "'and'");
            return new BetweenNode(left, low, ParseAdditive());
        }

        return Accept("in") ? new InNode(left, ParseAdditive()) : left;
    }

    private FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.IsSymbol("+") || Current.IsSymbol("-"))
        {
            var op = Next().Text;
            left = new BinaryNode(op, left, ParseMultiplicative());
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.IsSymbol("*") || Current.IsSymbol("/"))
        {
            var op = Next().Text;
            left = new BinaryNode(op, left, ParsePower());
        }

        return left;
    }

    private FeelNode ParsePower()
    {
        var left = ParseUnary();
        while (Current.IsSymbol("**"))
        {
            Next();
            left = new BinaryNode("**", left, ParseUnary());
        }

        return left;
    }

    private FeelNode ParseUnary() =>
        Current.IsSymbol("-") ? new NegateNode(Skip(ParseUnary)) : ParsePostfix();
}
