namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// A built-in function: its spec parameter names (for named arguments), how many are required, and whether the
/// last parameter takes the remaining positional arguments as a list (append, concatenate, min, max, sum).
/// </summary>
internal sealed record FeelFunction(string[] Parameters, int Required, bool Variadic, Func<object?[], object?> Body)
{
    /// <summary>A single list argument is the list itself rather than one item: sum([1, 2]) = sum(1, 2).</summary>
    public bool UnwrapSingleList { get; init; }

    public static FeelFunction Of(Func<object?, object?> body, string parameter) =>
        new([parameter], 1, false, args => body(args[0]));

    public static FeelFunction Of(Func<object?, object?, object?> body, string first, string second) =>
        new([first, second], 2, false, args => body(args[0], args[1]));

    /// <summary>Functions whose list may also be given as separate arguments: sum([1, 2]) = sum(1, 2).</summary>
    public static FeelFunction OfList(Func<List<object?>, object?> body, string parameter) =>
        new([parameter], 1, true, args => args[0] is List<object?> list ? body(list) : null) { UnwrapSingleList = true };

    public object? Invoke(string name, IReadOnlyList<object?> positional, IReadOnlyList<KeyValuePair<string, object?>> named)
    {
        var args = new object?[Parameters.Length];
        var supplied = new bool[Parameters.Length];
        if (Variadic && named.Count == 0 && positional.Count >= Parameters.Length)
        {
            var fixedCount = Parameters.Length - 1;
            var rest = positional.Skip(fixedCount).ToList();
            for (var i = 0; i < fixedCount; i++)
            {
                args[i] = positional[i];
            }

            args[fixedCount] = UnwrapSingleList && rest is [List<object?> only] ? only : rest;
            return Body(args);
        }

        if (positional.Count > Parameters.Length)
        {
            throw new FeelEvaluationException($"Function '{name}' takes at most {Parameters.Length} arguments but got {positional.Count}.");
        }

        for (var i = 0; i < positional.Count; i++)
        {
            (args[i], supplied[i]) = (positional[i], true);
        }

        foreach (var (parameter, value) in named)
        {
            var index = Array.IndexOf(Parameters, parameter);
            if (index < 0)
            {
                throw new FeelEvaluationException($"Function '{name}' has no parameter '{parameter}'.");
            }

            (args[index], supplied[index]) = (value, true);
        }

        if (supplied.Take(Required).Any(s => !s))
        {
            throw new FeelEvaluationException($"Function '{name}' requires {Required} arguments ({string.Join(", ", Parameters.Take(Required))}).");
        }

        return Body(args);
    }
}
