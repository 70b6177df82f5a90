using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>Int: a 32-bit signed integer (spec §3.5.1).</summary>
internal static class IntScalar
{
    public static ScalarType Create() => new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value)
    {
        if (value is bool flag) return flag ? 1 : 0;
        var isNumber = Numbers.TryGet(value, out var number);
        if (value is string text && text != "") isNumber = Numbers.TryParseString(text, out number);
        if (!isNumber || !Numbers.IsInteger(number))
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        if (number is > int.MaxValue or < int.MinValue)
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        return (int)number;
    }

    private static object? ParseValue(object? value)
    {
        if (value is bool || !Numbers.TryGet(value, out var number) || !Numbers.IsInteger(number))
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        if (number is > int.MaxValue or < int.MinValue)
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number)}");
        return (int)number;
    }

    private static object? ParseLiteral(ValueNode node)
    {
        if (node is not IntValueNode literal)
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Printer.Print(node)}");
        if (!int.TryParse(literal.Value, out var number))
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {literal.Value}");
        return number;
    }
}
