namespace OrchardCommerce.Workflows.Feel;

internal sealed partial class FeelParser
{
    private FeelNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Current.IsSymbol("["))
            {
                Next();
                var filter = ParseExpression();
                Expect(FeelTokenKind.Symbol, "]", "']'");
                node = new FilterNode(node, filter);
            }
            else if (Current.IsSymbol("."))
            {
                Next();
                node = new PathNode(node, ParseName("a name after '.'"));
            }
            else
            {
                return node;
            }
        }
    }

    private FeelNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number or FeelTokenKind.String:
                Next();
                return new LiteralNode(token.Value);
            case FeelTokenKind.Name when token.Text is "true" or "false":
                Next();
                return new LiteralNode(token.Text == "true");
            case FeelTokenKind.Name when token.Text == "null":
                Next();
                return new LiteralNode(null);
            case FeelTokenKind.Name when token.Text is "if" or "for" or "some" or "every":
                return ParseExpression();
            case FeelTokenKind.Name when !Keywords.Contains(token.Text):
                var name = ParseName("a name");
                return Current.IsSymbol("(") ? ParseCall(name) : new NameNode(name);
        }

        if (token.IsSymbol("(") || token.IsSymbol("[") || token.IsSymbol("]"))
        {
            return ParseGroupListOrRange();
        }

        if (token.IsSymbol("{"))
        {
            return ParseContext();
        }

        throw new FeelSyntaxException("an expression", token.Describe(), token.Position);
    }

    /// <summary>FEEL names may contain spaces ("string length", "start position"), so adjacent words join.</summary>
    private string ParseName(string expected)
    {
        if (Current.Kind != FeelTokenKind.Name || Keywords.Contains(Current.Text))
        {
            throw new FeelSyntaxException(expected, Current.Describe(), Current.Position);
        }

        var words = new List<string> { Next().Text };
        while (Current.Kind == FeelTokenKind.Name && !Keywords.Contains(Current.Text))
        {
            words.Add(Next().Text);
        }

        return string.Join(' ', words);
    }

    private FeelNode ParseGroupListOrRange()
    {
        var open = Next();
        if (open.IsSymbol("[") && Current.IsSymbol("]"))
        {
            Next();
            return new ListNode([]);
        }

        var first = ParseExpression();
        if (Current.IsSymbol(".."))
        {
            Next();
            var high = ParseExpression();
            var close = Current;
            if (!close.IsSymbol("]") && !close.IsSymbol(")") && !close.IsSymbol("["))
            {
                throw new FeelSyntaxException("']', ')' or '[' to close the range", close.Describe(), close.Position);
            }

            Next();
            return new RangeNode(first, open.IsSymbol("["), high, close.IsSymbol("]"));
        }

        if (open.IsSymbol("("))
        {
            Expect(FeelTokenKind.Symbol, ")", "')'");
            return first;
        }

        if (open.IsSymbol("]"))
        {
            throw new FeelSyntaxException("'..' in a range", Current.Describe(), Current.Position);
        }

        var items = new List<FeelNode> { first };
        while (Current.IsSymbol(","))
        {
            Next();
            items.Add(ParseExpression());
        }

        Expect(FeelTokenKind.Symbol, "]", "',' or ']'");
        return new ListNode(items);
    }
}
