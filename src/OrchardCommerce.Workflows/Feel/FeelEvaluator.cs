namespace OrchardCommerce.Workflows.Feel;

/// <summary>Walks the syntax tree; values are null, bool, decimal, string, List&lt;object?&gt;, contexts and ranges.</summary>
internal static partial class FeelEvaluator
{
    public static object? Evaluate(FeelNode node, FeelContext scope) => node switch
    {
        LiteralNode literal => literal.Value,
        NameNode name => scope.TryGet(name.Name, out var value) ? value : null,
        PathNode path => Member(Evaluate(path.Target, scope), path.Name),
        ListNode list => list.Items.Select(item => Evaluate(item, scope)).ToList(),
        ContextNode context => EvaluateContext(context, scope),
        RangeNode range => new FeelRange(
            Evaluate(range.Low, scope), range.LowClosed, Evaluate(range.High, scope), range.HighClosed),
        FilterNode filter => EvaluateFilter(filter, scope),
        BinaryNode { Operator: "and" } and => And(and, scope),
        BinaryNode { Operator: "or" } or => Or(or, scope),
        BinaryNode binary => FeelOperators.Binary(binary.Operator, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)),
        NegateNode negate => FeelOperators.Negate(Evaluate(negate.Operand, scope)),
        BetweenNode between => Between(between, scope),
        InNode @in => In(Evaluate(@in.Value, scope), Evaluate(@in.Test, scope)),
        IfNode @if => Evaluate(Evaluate(@if.Condition, scope) is true ? @if.Then : @if.Else, scope),
        ForNode @for => EvaluateFor(@for, scope),
        QuantifiedNode quantified => EvaluateQuantified(quantified, scope),
        CallNode call => FeelBuiltins.Call(call, scope),
        _ => throw new FeelEvaluationException($"Unsupported expression {node.GetType().Name}."),
    };

    /// <summary>Whether a name or path resolves to an entry at all, which `is defined` must tell apart from null.</summary>
    public static bool IsDefined(FeelNode node, FeelContext scope) => node switch
    {
        NameNode name => scope.TryGet(name.Name, out _),
        PathNode path => IsDefined(path.Target, scope)
            && Evaluate(path.Target, scope) is IReadOnlyDictionary<string, object?> map && map.ContainsKey(path.Name),
        _ => true,
    };

    /// <summary>a.b on a context reads the entry; on a list it maps over the items (DMN 1.3 §10.3.2.6).</summary>
    private static object? Member(object? target, string name) => target switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        List<object?> list => list.Select(item => Member(item, name)).ToList(),
        FeelRange range when name == "start" => range.Low,
        FeelRange range when name == "end" => range.High,
        _ => null,
    };

    // Three-valued logic (DMN 1.3 table 38): false wins for and, true wins for or, otherwise null.
    private static object? And(BinaryNode node, FeelContext scope)
    {
        var left = Evaluate(node.Left, scope);
        if (left is false)
        {
            return false;
        }

        var right = Evaluate(node.Right, scope);
        return right is false ? false : left is true && right is true ? true : null;
    }

    private static object? Or(BinaryNode node, FeelContext scope)
    {
        var left = Evaluate(node.Left, scope);
        if (left is true)
        {
            return true;
        }

        var right = Evaluate(node.Right, scope);
        return right is true ? true : left is false && right is false ? false : null;
    }

    private static object? Between(BetweenNode node, FeelContext scope)
    {
        var value = Evaluate(node.Value, scope);
        var low = FeelOperators.Compare(value, Evaluate(node.Low, scope));
        var high = FeelOperators.Compare(value, Evaluate(node.High, scope));
        return low is null || high is null ? null : low >= 0 && high <= 0;
    }

    private static object? In(object? value, object? test) => test switch
    {
        FeelRange range => range.Contains(value),
        List<object?> list => list.Any(item => item is FeelRange r ? r.Contains(value) == true : FeelOperators.Equal(value, item) == true),
        _ => FeelOperators.Equal(value, test),
    };

    private static object? EvaluateContext(ContextNode node, FeelContext scope)
    {
        // Later entries may refer to earlier ones: {a: 1, b: a + 1} (DMN 1.3 §10.3.2.8).
        var context = new OrderedDictionary<string, object?>();
        var inner = scope.With(context);
        foreach (var (key, valueNode) in node.Entries)
        {
            context[key] = Evaluate(valueNode, inner);
        }

        return context;
    }
}
