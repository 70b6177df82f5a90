using System.Globalization;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>Formats a double as JavaScript's Number.prototype.toString does (messages quote values as graphql-js sees them).</summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        var sign = value < 0 ? "-" : "";
        // "E16" gives 17 significant digits; "R" gives the shortest digits that round-trip, which is what JS prints.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        return sign + Compose(digits, exponent);
    }

    /// <summary>Significant digits without dot, and n such that value = 0.digits × 10^n (ECMA-262 Number::toString).</summary>
    private static (string Digits, int N) Decompose(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
        var all = intPart + fraction;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        var n = intPart.Length + exponent - leadingZeros;
        return (digits.Length == 0 ? "0" : digits, n);
    }

    private static string Compose(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var exp = n - 1;
        var expText = (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + expText : digits[0] + "." + digits[1..] + "e" + expText;
    }
}
