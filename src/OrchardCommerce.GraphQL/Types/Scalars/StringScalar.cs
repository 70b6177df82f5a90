using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>String: UTF-8 text (spec §3.5.3); booleans and finite numbers serialize as their text.</summary>
internal static class StringScalar
{
    public static ScalarType Create() => new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        Serialize, ParseValue, ParseLiteral);

    private static object? Serialize(object? value)
    {
        switch (value)
        {
            case string text: return text;
            case bool flag: return flag ? "true" : "false";
            case char c: return c.ToString();
        }
        if (Numbers.TryGet(value, out var number) && double.IsFinite(number)) return JsNumber.Format(number);
        throw new GraphQLCoercionException($"String cannot represent value: {Inspect.Value(value)}");
    }

    private static object? ParseValue(object? value) => value as string
        ?? throw new GraphQLCoercionException($"String cannot represent a non string value: {Inspect.Value(value)}");

    private static object? ParseLiteral(ValueNode node) => node is StringValueNode s
        ? s.Value
        : throw new GraphQLCoercionException($"String cannot represent a non string value: {Printer.Print(node)}");
}
