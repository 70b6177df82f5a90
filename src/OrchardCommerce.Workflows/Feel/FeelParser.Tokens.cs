namespace OrchardCommerce.Workflows.Feel;

/// <summary>Token cursor: the parser never moves past the End token, so errors can always name what was found.</summary>
internal sealed partial class FeelParser
{
    private FeelNode Skip(Func<FeelNode> parse)
    {
        Next();
        return parse();
    }

    private FeelToken Next()
    {
        var token = Current;
        _index = Math.Min(_index + 1, _tokens.Count - 1);
        return token;
    }

    private bool Accept(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        Next();
        return true;
    }

    private FeelToken Expect(FeelTokenKind kind, string text, string expected)
    {
        if (Current.Kind != kind || (text.Length > 0 && Current.Text != text))
        {
            throw new FeelSyntaxException(expected, Current.Describe(), Current.Position);
        }

        return Next();
    }

    private bool Skip()
    {
        Next();
        return true;
    }
}
