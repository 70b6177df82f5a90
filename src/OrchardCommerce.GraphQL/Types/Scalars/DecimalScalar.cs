using System.Globalization;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>
/// Decimal: an exact decimal number (prices, quantities). Output is a string, because JSON readers turn numbers into
/// doubles and lose digits; input may be a string or a number, parsed straight to .NET decimal.
/// </summary>
internal static class DecimalScalar
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static ScalarType Create() => new(
        "Decimal",
        "An exact decimal number, returned as a string (e.g. `\"19.90\"`) to keep every digit; accepted as a string or a number.",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value) => value switch
    {
        decimal number => Format(number),
        int or long or short or byte => Format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        double or float when TryFromDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture), out var number) => Format(number),
        string text when TryParse(text, out var number) => Format(number),
        _ => throw new GraphQLCoercionException($"Decimal cannot represent value: {Inspect.Value(value)}"),
    };

    private static object? ParseValue(object? value) => value switch
    {
        string text => TryParse(text, out var number) ? number : throw Invalid(Inspect.Value(text)),
        double or float or int or long when TryFromDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture), out var number) => number,
        decimal number => number,
        _ => throw new GraphQLCoercionException($"Decimal cannot represent non numeric value: {Inspect.Value(value)}"),
    };

    private static object? ParseLiteral(ValueNode node) => node switch
    {
        StringValueNode text => TryParse(text.Value, out var number) ? number : throw Invalid(Printer.Print(node)),
        IntValueNode or FloatValueNode => TryParse(Printer.Print(node), out var number) ? number : throw Invalid(Printer.Print(node)),
        _ => throw new GraphQLCoercionException($"Decimal cannot represent non numeric value: {Printer.Print(node)}"),
    };

    private static GraphQLCoercionException Invalid(string shown) => new($"Decimal cannot represent an invalid decimal: {shown}");

    private static bool TryParse(string text, out decimal number) =>
        decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out number);

    // Through the shortest round-trip text, so 0.1 (a double) becomes 0.1m rather than 0.1000000000000000055511151231m.
    private static bool TryFromDouble(double value, out decimal number)
    {
        number = 0;
        return double.IsFinite(value) && TryParse(value.ToString("R", CultureInfo.InvariantCulture), out number);
    }

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);
}
