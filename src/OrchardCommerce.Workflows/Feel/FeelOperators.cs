namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// FEEL's arithmetic and comparison on values: a type mismatch, null operand or overflow yields null
/// (DMN 1.3 §10.3.2.3), never an exception.
/// </summary>
internal static class FeelOperators
{
    public static object? Binary(string op, object? left, object? right) => op switch
    {
        "+" when left is string a && right is string b => a + b,
        "=" => Equal(left, right),
        "!=" => Equal(left, right) is { } equal ? !equal : null,
        "<" => Compare(left, right) is { } c ? c < 0 : null,
        "<=" => Compare(left, right) is { } c ? c <= 0 : null,
        ">" => Compare(left, right) is { } c ? c > 0 : null,
        ">=" => Compare(left, right) is { } c ? c >= 0 : null,
        _ when left is decimal a && right is decimal b => Arithmetic(op, a, b),
        _ => null,
    };

    public static object? Negate(object? value) => value is decimal d ? -d : null;

    /// <summary>Equality: null equals only null; values of different types are not comparable (null).</summary>
    public static bool? Equal(object? left, object? right)
    {
        switch (left, right)
        {
            case (null, null): return true;
            case (null, _) or (_, null): return false;
            case (decimal a, decimal b): return a == b;
            case (string a, string b): return a == b;
            case (bool a, bool b): return a == b;
            case (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b):
                return a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && Equal(e.Value, v) == true);
            case (List<object?> a, List<object?> b):
                return a.Count == b.Count && a.Zip(b).All(p => Equal(p.First, p.Second) == true);
            case (FeelRange a, FeelRange b): return a == b;
            default: return null;
        }
    }

    /// <summary>Ordering for numbers and strings (ordinal); anything else, including null, is not ordered.</summary>
    public static int? Compare(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        _ => null,
    };

    private static object? Arithmetic(string op, decimal a, decimal b)
    {
        try
        {
            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => b == 0 ? null : a / b,
                "**" => Power(a, b),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Power(decimal value, decimal exponent)
    {
        // Integer exponents stay exact in decimal; fractional ones go through double like FEEL-Scala's BigDecimal.pow fallback.
        if (exponent != decimal.Truncate(exponent) || Math.Abs(exponent) > 1000)
        {
            var result = Math.Pow((double)value, (double)exponent);
            return double.IsFinite(result) ? (decimal)result : null;
        }

        var power = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            power *= value;
        }

        return exponent < 0 ? (power == 0 ? null : 1 / power) : power;
    }
}
