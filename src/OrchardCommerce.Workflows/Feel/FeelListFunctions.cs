namespace OrchardCommerce.Workflows.Feel;

/// <summary>List built-ins (DMN 1.3 §10.3.4.4); a non-list where a list is required yields null.</summary>
internal static class FeelListFunctions
{
    public static void Register(Dictionary<string, FeelFunction> functions)
    {
        functions["count"] = FeelFunction.Of(list => list is List<object?> items ? (decimal)items.Count : null, "list");
        functions["sum"] = FeelFunction.OfList(Sum, "list");
        functions["min"] = FeelFunction.OfList(items => Extreme(items, -1), "list");
        functions["max"] = FeelFunction.OfList(items => Extreme(items, 1), "list");
        functions["list contains"] = FeelFunction.Of(
            (list, element) => list is List<object?> items ? items.Any(i => FeelOperators.Equal(i, element) == true) : null,
            "list",
            "element");
        functions["append"] = new(["list", "items"], 1, true, args => Append(args[0], args[1]));
        functions["concatenate"] = new(["lists"], 0, true, args => Concatenate(args[0]));
        functions["distinct values"] = FeelFunction.Of(list => list is List<object?> items ? Distinct(items) : null, "list");
        functions["flatten"] = FeelFunction.Of(list => list is List<object?> items ? Flatten(items).ToList() : null, "list");
    }

    private static object? Sum(List<object?> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var total = 0m;
        foreach (var item in items)
        {
            if (item is not decimal d)
            {
                return null;
            }

            total += d;
        }

        return total;
    }

    /// <summary>Smallest (direction -1) or largest (1) item; items that do not compare with each other give null.</summary>
    private static object? Extreme(List<object?> items, int direction)
    {
        object? best = null;
        foreach (var item in items)
        {
            if (best is null)
            {
                best = item;
                continue;
            }

            var order = FeelOperators.Compare(item, best);
            if (order is null)
            {
                return null;
            }

            best = Math.Sign(order.Value) == direction ? item : best;
        }

        return items.Count == 1 && FeelOperators.Compare(best, best) is null ? null : best;
    }

    private static object? Append(object? list, object? items) =>
        list is List<object?> head ? head.Concat(items as List<object?> ?? []).ToList() : null;

    private static object? Concatenate(object? lists) =>
        lists is List<object?> all && all.All(l => l is List<object?>)
            ? all.SelectMany(l => (List<object?>)l!).ToList()
            : null;

    private static List<object?> Distinct(List<object?> items)
    {
        var distinct = new List<object?>();
        foreach (var item in items.Where(item => !distinct.Any(d => FeelOperators.Equal(d, item) == true)))
        {
            distinct.Add(item);
        }

        return distinct;
    }

    private static IEnumerable<object?> Flatten(List<object?> items) =>
        items.SelectMany(item => item is List<object?> nested ? Flatten(nested) : [item]);
}
