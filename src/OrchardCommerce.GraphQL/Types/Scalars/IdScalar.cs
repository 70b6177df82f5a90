using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>ID (spec §3.5.5): serialized as a string; strings and integers accepted as input.</summary>
internal static class IdScalar
{
    public static ScalarType Create() => new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value)
    {
        if (value is string text) return text;
        if (value is Guid guid) return guid.ToString();
        if (value is not bool && Numbers.TryGet(value, out var number) && Numbers.IsInteger(number)) return JsNumber.Format(number);
        throw new GraphQLCoercionException($"ID cannot represent value: {Inspect.Value(value)}");
    }

    private static object? ParseValue(object? value)
    {
        if (value is string text) return text;
        if (value is not bool && Numbers.TryGet(value, out var number) && Numbers.IsInteger(number)) return JsNumber.Format(number);
        throw new GraphQLCoercionException($"ID cannot represent value: {Inspect.Value(value)}");
    }

    private static object? ParseLiteral(ValueNode node) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
    };
}
