namespace OrchardCommerce.Workflows.Feel;

internal sealed partial class FeelParser
{
    private FeelNode ParseContext()
    {
        Next();
        var entries = new List<KeyValuePair<string, FeelNode>>();
        while (!Current.IsSymbol("}"))
        {
            if (entries.Count > 0)
            {
                Expect(FeelTokenKind.Symbol, ",", "',' or '}'");
            }

            var key = Current.Kind == FeelTokenKind.String ? (string)Next().Value! : ParseName("a context key");
            Expect(FeelTokenKind.Symbol, ":", "':'");
            entries.Add(KeyValuePair.Create(key, ParseExpression()));
        }

        Next();
        return new ContextNode(entries);
    }

    private FeelNode ParseCall(string name)
    {
        Next();
        var positional = new List<FeelNode>();
        var named = new List<KeyValuePair<string, FeelNode>>();
        while (!Current.IsSymbol(")"))
        {
            if (positional.Count + named.Count > 0)
            {
                Expect(FeelTokenKind.Symbol, ",", "',' or ')'");
            }

            if (IsNamedArgument())
            {
                var parameter = ParseName("a parameter name");
                Next();
                named.Add(KeyValuePair.Create(parameter, ParseExpression()));
            }
            else if (named.Count > 0)
            {
                throw new FeelSyntaxException("a named argument", Current.Describe(), Current.Position);
            }
            else
            {
                positional.Add(ParseExpression());
            }
        }

        Next();
        return new CallNode(name, positional, named);
    }

    private bool IsNamedArgument()
    {
        var i = _index;
        while (_tokens[i].Kind == FeelTokenKind.Name && !Keywords.Contains(_tokens[i].Text))
        {
            i++;
        }

        return i > _index && _tokens[i].IsSymbol(":");
    }

    private FeelNode ParseIf()
    {
        Next();
        var condition = ParseExpression();
        Expect(FeelTokenKind.Name, "then", "'then'");
        var then = ParseExpression();
        Expect(FeelTokenKind.Name, "else", "'else'");
        return new IfNode(condition, then, ParseExpression());
    }

    private FeelNode ParseFor()
    {
        Next();
        var iterators = ParseIterators();
        Expect(FeelTokenKind.Name, "return", "'return'");
        return new ForNode(iterators, ParseExpression());
    }

    private FeelNode ParseQuantified()
    {
        var every = Next().Text == "every";
        var iterators = ParseIterators();
        Expect(FeelTokenKind.Name, "satisfies", "'satisfies'");
        return new QuantifiedNode(every, iterators, ParseExpression());
    }

    private List<IteratorNode> ParseIterators()
    {
        var iterators = new List<IteratorNode>();
        do
        {
            var name = ParseName("an iteration variable");
            Expect(FeelTokenKind.Name, "in", "'in'");
            var source = ParseDisjunction();
            if (Current.IsSymbol(".."))
            {
                // "for i in 1..3" iterates the integers of a closed range (FEEL-Scala).
                Next();
                source = new RangeNode(source, true, ParseDisjunction(), true);
            }

            iterators.Add(new IteratorNode(name, source));
        }
        while (Current.IsSymbol(",") && Skip());

        return iterators;
    }
}
