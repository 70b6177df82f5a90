using System.Text.Json;
using OrchardCommerce.GraphQL.Tests.Conformance;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Tests.Types;

/// <summary>The type system's small pieces that error messages and introspection depend on, checked against graphql-js.</summary>
public sealed class TypeSystemConformanceTests
{
    private static readonly string[] Words = ["name", "Name", "nmae", "title", "titel", "id", "ID", "price", "prices", "pricing", "a", "ab", "abc",
        "f1", "f2", "f10", "f01", "f001", "__typename", "typeName", "description", "descriptoin", "x", "", "variants", "variant", "Variant"];

    private static readonly double[] Numbers = [0, 1, -1, 1.5, 0.1, 1e21, 1e20, 123456789012345680000d, 1e-6, 1e-7, 1.5e-7, -2.5e300, 5e-324,
        2147483648, 0.000001234, 100, 1.7976931348623157e308, 4.35, 0.3 - 0.1];

    private const string Sdl = """
        interface Node { id: ID! }
        type Query { product(handle: String): Product search(text: String!): [SearchResult!]! node(id: ID!): Node }
        union SearchResult = Product | Page
        type Product implements Node { id: ID! price(currency: Currency = EUR): Money variants(filter: VariantFilter): [Variant] }
        type Variant implements Node { id: ID! sku: String! }
        type Page implements Node { id: ID! title: String }
        enum Currency { EUR USD }
        scalar Money
        input VariantFilter { sku: String inStock: Boolean = true }
        extend type Query { page(path: String!): Page }
        type Mutation { addToCart(sku: String!, quantity: Int = 1): Boolean }
        """;

    [Fact]
    public async Task Utilities_SameInputs_MatchGraphQLJs()
    {
        var suggestions = Words.Select(w => (object)new object[] { w, Words }).ToList();
        var reference = await NodeScript.RunAsync("type-system.mjs", JsonSerializer.Serialize(new
        {
            suggestions,
            numbers = Numbers,
            schemas = new[] { Sdl, "type Query { a: String }", "schema { query: Root } type Root { b: Int } type Query { c: Float }" },
        }));

        for (var i = 0; i < Words.Length; i++)
            SuggestionList.For(Words[i], Words).Should().Equal(reference["suggestions"]![i]!.AsArray().Select(n => (string)n!), $"suggestions for \"{Words[i]}\"");
        for (var i = 0; i < Numbers.Length; i++)
            JsNumber.Format(Numbers[i]).Should().Be((string)reference["numbers"]![i]!);
        var schemas = new[] { Sdl, "type Query { a: String }", "schema { query: Root } type Root { b: Int } type Query { c: Float }" };
        for (var i = 0; i < schemas.Length; i++)
            SchemaBuilder.Build(schemas[i]).Types.Select(t => t.Name).Should().Equal(reference["schemas"]![i]!["types"]!.AsArray().Select(n => (string)n!));
    }
}
