namespace OrchardCommerce.Recipes.Scripting;

/// <summary>The <c>String.prototype</c> methods recipes use.</summary>
internal static class StringMethods
{
    public static object? Invoke(string text, string name, object?[] arguments, int position)
    {
        switch (name)
        {
            case "toUpperCase":
                RequireArity(name, arguments, 0, 0, position);
                return text.ToUpperInvariant();
            case "toLowerCase":
                RequireArity(name, arguments, 0, 0, position);
                return text.ToLowerInvariant();
            case "trim":
                RequireArity(name, arguments, 0, 0, position);
                return text.Trim();
            case "replace":
                RequireArity(name, arguments, 2, 2, position);
                return ReplaceFirst(text, JsValues.ToString(arguments[0]), JsValues.ToString(arguments[1]));
            case "substring":
                RequireArity(name, arguments, 1, 2, position);
                return Substring(text, arguments[0], arguments.Length > 1 ? arguments[1] : (double)text.Length);
            default:
                throw new ScriptFault($"unknown string method '{name}'", position);
        }
    }

    internal static void RequireArity(string name, object?[] arguments, int min, int max, int position)
    {
        if (arguments.Length >= min && arguments.Length <= max)
        {
            return;
        }

        var expected = min == max ? $"{min}" : $"{min} to {max}";
        throw new ScriptFault($"'{name}' expects {expected} argument(s) but got {arguments.Length}", position);
    }

    /// <summary>A string pattern replaces only its first occurrence in JavaScript, and an empty pattern matches at 0.</summary>
    private static string ReplaceFirst(string text, string pattern, string replacement)
    {
        var index = text.IndexOf(pattern, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + pattern.Length));
    }

    /// <summary>JavaScript clamps both bounds to the string, treats NaN as 0 and swaps reversed bounds.</summary>
    private static string Substring(string text, object? startValue, object? endValue)
    {
        var start = ClampIndex(JsValues.ToNumber(startValue), text.Length);
        var end = ClampIndex(JsValues.ToNumber(endValue), text.Length);
        return start <= end ? text[start..end] : text[end..start];
    }

    private static int ClampIndex(double value, int length) =>
        double.IsNaN(value) ? 0 : (int)Math.Clamp(Math.Truncate(value), 0, length);
}
