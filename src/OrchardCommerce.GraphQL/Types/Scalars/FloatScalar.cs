using System.Globalization;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>Float: a double-precision number (spec §3.5.2); Int literals are accepted.</summary>
internal static class FloatScalar
{
    public static ScalarType Create() => new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value)
    {
        if (value is bool flag) return flag ? 1d : 0d;
        var isNumber = Numbers.TryGet(value, out var number);
        if (value is string text && text != "") isNumber = Numbers.TryParseString(text, out number);
        if (!isNumber || !double.IsFinite(number))
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        return number;
    }

    private static object? ParseValue(object? value)
    {
        if (value is bool || !Numbers.TryGet(value, out var number) || !double.IsFinite(number))
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        return number;
    }

    private static object? ParseLiteral(ValueNode node) => node switch
    {
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
    };
}
