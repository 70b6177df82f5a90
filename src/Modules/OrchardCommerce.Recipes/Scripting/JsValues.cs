using System.Globalization;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>JavaScript's conversion and comparison rules for the value set string, double, bool and null.</summary>
internal static class JsValues
{
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "string",
        double => "number",
        bool => "boolean",
        JsDate => "Date",
        _ => value.GetType().Name,
    };

    public static bool ToBoolean(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    public static double ToNumber(object? value) => value switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        double d => d,
        string s => ParseNumber(s),
        JsDate date => date.Milliseconds,
        _ => double.NaN,
    };

    public static string ToString(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        string s => s,
        _ => value.ToString() ?? string.Empty,
    };

    public static bool StrictEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (double a, double b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (bool a, bool b) => a == b,
        _ => false,
    };

    /// <summary>The <c>==</c> algorithm without objects or undefined: null equals only null, otherwise compare as numbers.</summary>
    public static bool LooseEquals(object? left, object? right)
    {
        if (left is null || right is null || left.GetType() == right.GetType())
        {
            return StrictEquals(left, right);
        }

        return ToNumber(left) == ToNumber(right);
    }

    /// <summary>Relational comparison: strings compare by UTF-16 code units, anything else as numbers (NaN is never ordered).</summary>
    public static bool Compare(string op, object? left, object? right)
    {
        if (left is string a && right is string b)
        {
            var order = string.CompareOrdinal(a, b);
            return op switch { "<" => order < 0, ">" => order > 0, "<=" => order <= 0, _ => order >= 0 };
        }

        double x = ToNumber(left), y = ToNumber(right);
        return op switch { "<" => x < y, ">" => x > y, "<=" => x <= y, _ => x >= y };
    }

    private static double ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(trimmed.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)
                ? hex
                : double.NaN;
        }

        // .NET also accepts "NaN", "∞" and thousands separators; JavaScript accepts only digits and Infinity.
        var allowed = trimmed.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')
            || trimmed is "Infinity" or "+Infinity" or "-Infinity";
        return allowed && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : double.NaN;
    }

    private static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            // "F0" writes -0 as "-0"; JavaScript prints it as "0".
            return value == 0 ? "0" : value.ToString("F0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        return e < 0 ? text : $"{text[..e]}e{text[(e + 1)]}{int.Parse(text.AsSpan(e + 2), CultureInfo.InvariantCulture)}";
    }
}
