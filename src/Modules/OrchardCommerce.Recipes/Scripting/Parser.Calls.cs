namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Argument lists and the one constructor call recipes use.</summary>
internal sealed partial class Parser
{
    /// <summary><c>new Date(...)</c> is the only constructor recipes use; it becomes a call to the "new Date" builtin.</summary>
    private CallNode ParseNew(Token keyword)
    {
        var type = Current;
        if (type.Kind != TokenKind.Identifier || type.Text != "Date")
        {
            throw new ScriptFault("only 'new Date(...)' is supported", type.Position);
        }

        _cursor.Next();
        var arguments = Current.Is("(") ? ParseArguments() : [];
        return new CallNode("new Date", arguments, keyword.Position);
    }

    private List<ExprNode> ParseArguments()
    {
        _cursor.Expect("(");
        var arguments = new List<ExprNode>();
        if (!Current.Is(")"))
        {
            do
            {
                arguments.Add(ParseConditional());
            }
            while (_cursor.TryConsume(","));
        }

        _cursor.Expect(")");
        return arguments;
    }
}
