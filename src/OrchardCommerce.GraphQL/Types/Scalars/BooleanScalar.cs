using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>Boolean (spec §3.5.4); finite numbers serialize as "not zero".</summary>
internal static class BooleanScalar
{
    public static ScalarType Create() => new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value)
    {
        if (value is bool flag) return flag;
        if (Numbers.TryGet(value, out var number) && double.IsFinite(number)) return number != 0;
        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    private static object? ParseValue(object? value) => value is bool flag
        ? flag
        : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    private static object? ParseLiteral(ValueNode node) => node is BooleanValueNode b
        ? b.Value
        : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}");
}
