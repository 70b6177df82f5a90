namespace OrchardCommerce.Workflows.Feel;

/// <summary>The built-in functions of the subset, by their spec names (DMN 1.3 §10.3.4), which may contain spaces.</summary>
internal static class FeelBuiltins
{
    private static readonly Dictionary<string, FeelFunction> Functions = Build();

    public static object? Call(CallNode call, FeelContext scope)
    {
        // "is defined" must see whether its argument resolves at all, so it gets the syntax, not the value.
        if (call.Name == "is defined" && call.Positional.Count + call.Named.Count == 1)
        {
            return FeelEvaluator.IsDefined(call.Positional.Count == 1 ? call.Positional[0] : call.Named[0].Value, scope);
        }

        if (!Functions.TryGetValue(call.Name, out var function))
        {
            throw new FeelEvaluationException($"Unknown function '{call.Name}'.");
        }

        var positional = call.Positional.Select(node => FeelEvaluator.Evaluate(node, scope)).ToList();
        var named = call.Named.Select(e => KeyValuePair.Create(e.Key, FeelEvaluator.Evaluate(e.Value, scope))).ToList();
        return function.Invoke(call.Name, positional, named);
    }

    private static Dictionary<string, FeelFunction> Build()
    {
        var functions = new Dictionary<string, FeelFunction>
        {
            ["not"] = FeelFunction.Of(value => value is bool b ? !b : null, "negand"),
        };
        FeelStringFunctions.Register(functions);
        FeelListFunctions.Register(functions);
        FeelNumberFunctions.Register(functions);
        return functions;
    }
}
