using System.Globalization;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>Reads .NET numbers as the JavaScript number graphql-js would hold, so coercion rules and messages match.</summary>
internal static class Numbers
{
    public static bool TryGet(object? value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case int i: number = i; return true;
            case long l: number = l; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short or byte or sbyte or ushort or uint or ulong:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default: number = 0; return false;
        }
    }

    /// <summary>JavaScript's Number(string) for the strings a resolver may hand to Int or Float: trimmed decimal text.</summary>
    public static bool TryParseString(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) { number = 0; return true; }
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;
}
