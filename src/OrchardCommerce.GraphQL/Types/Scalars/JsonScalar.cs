using System.Text.Json;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>
/// JSON: any JSON value, passed through as is (attributes, settings, free-form content). Literals are read without a
/// type (graphql-js valueFromASTUntyped), so `{a: [1, "x"]}` arrives as a map holding a list.
/// </summary>
internal static class JsonScalar
{
    public static ScalarType Create() => new(
        "JSON",
        "Any JSON value: object, array, string, number, boolean or null.",
        Serialize, ParseValue, ParseLiteral)
    {
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259",
    };

    private static object? Serialize(object? value) => value;

    private static object? ParseValue(object? value) => value is JsonElement element ? JsonInput.FromJson(element) : value;

    private static object? ParseLiteral(ValueNode node) => node is VariableNode
        ? throw new GraphQLCoercionException($"JSON cannot represent a variable inside a literal: {Printer.Print(node)}")
        : ValueFromAstUntyped.Convert(node);
}
