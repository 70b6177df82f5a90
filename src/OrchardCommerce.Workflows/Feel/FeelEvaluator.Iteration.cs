namespace OrchardCommerce.Workflows.Feel;

internal static partial class FeelEvaluator
{
    /// <summary>
    /// list[filter]: a numeric filter is a 1-based index (negative from the end); otherwise it is a condition
    /// evaluated per item, with the item as `item` and, for a context item, its entries as names (§10.3.2.5).
    /// </summary>
    private static object? EvaluateFilter(FilterNode node, FeelContext scope)
    {
        var target = Evaluate(node.Target, scope);
        if (target is null)
        {
            return null;
        }

        var list = target as List<object?> ?? [target];
        if (node.Filter is LiteralNode { Value: decimal } or NegateNode { Operand: LiteralNode { Value: decimal } }
            || (list.Count > 0 && Evaluate(node.Filter, ItemScope(scope, list[0])) is decimal))
        {
            return Index(list, Evaluate(node.Filter, list.Count > 0 ? ItemScope(scope, list[0]) : scope));
        }

        return list.Where(item => Evaluate(node.Filter, ItemScope(scope, item)) is true).ToList();
    }

    private static object? Index(List<object?> list, object? index)
    {
        if (index is not decimal d || d != decimal.Truncate(d) || d == 0 || Math.Abs(d) > list.Count)
        {
            return null;
        }

        return list[d > 0 ? (int)d - 1 : list.Count + (int)d];
    }

    private static FeelContext ItemScope(FeelContext scope, object? item)
    {
        var inner = item is IReadOnlyDictionary<string, object?> map ? scope.With(map) : scope;
        return inner.With("item", item);
    }

    private static object? EvaluateFor(ForNode node, FeelContext scope)
    {
        var results = new List<object?>();
        foreach (var bound in Bindings(node.Iterators, 0, scope))
        {
            if (bound is null)
            {
                return null;
            }

            // "partial" holds the results so far, so a for can build on its previous values (FEEL-Scala).
            results.Add(Evaluate(node.Body, bound.With("partial", results.ToList())));
        }

        return results;
    }

    private static object? EvaluateQuantified(QuantifiedNode node, FeelContext scope)
    {
        var sawNull = false;
        foreach (var bound in Bindings(node.Iterators, 0, scope))
        {
            if (bound is null)
            {
                return null;
            }

            var result = Evaluate(node.Condition, bound);
            if (result is bool b && b != node.Every)
            {
                return b;
            }

            sawNull |= result is not bool;
        }

        return sawNull ? null : node.Every;
    }

    /// <summary>The cartesian product of the iterators, outermost first; a null scope means a source was not iterable.</summary>
    private static IEnumerable<FeelContext?> Bindings(IReadOnlyList<IteratorNode> iterators, int depth, FeelContext scope)
    {
        if (depth == iterators.Count)
        {
            yield return scope;
            yield break;
        }

        var items = Items(Evaluate(iterators[depth].Source, scope));
        if (items is null)
        {
            yield return null;
            yield break;
        }

        foreach (var item in items)
        {
            foreach (var bound in Bindings(iterators, depth + 1, scope.With(iterators[depth].Name, item)))
            {
                yield return bound;
            }
        }
    }

    private static IEnumerable<object?>? Items(object? source) => source switch
    {
        List<object?> list => list,
        FeelRange { Low: decimal low, High: decimal high } when low == decimal.Truncate(low) && high == decimal.Truncate(high)
            && Math.Abs(high - low) <= 1_000_000 => RangeItems(low, high),
        _ => null,
    };

    private static IEnumerable<object?> RangeItems(decimal low, decimal high)
    {
        var step = low <= high ? 1 : -1;
        for (var i = low; step > 0 ? i <= high : i >= high; i += step)
        {
            yield return i;
        }
    }
}
