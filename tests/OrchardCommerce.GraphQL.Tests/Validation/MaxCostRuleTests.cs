using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;
using OrchardCommerce.GraphQL.Validation;

namespace OrchardCommerce.GraphQL.Tests.Validation;

public sealed class MaxCostRuleTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(ValidationDocuments.SchemaSdl);

    private static IReadOnlyList<GraphQLError> Validate(string query, int maxCost, IReadOnlyDictionary<string, object?>? variables = null, int defaultListSize = 10) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [new MaxCostRule(maxCost, variables, defaultListSize)]);

    [Fact]
    public void Validate_ScalarFields_CostOneEach()
    {
        Validate("{ version a: version }", 1).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 2 exceeds the maximum of 1.");
    }

    [Fact]
    public void Validate_ListWithFirstLiteral_MultipliesFieldAndChildren()
    {
        // items(first: 50) costs 50 × (1 + id + name) = 150.
        Validate("{ items(first: 50) { id name } }", 149).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 150 exceeds the maximum of 149.");
        Validate("{ items(first: 50) { id name } }", 150).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ListWithoutPageSize_UsesDefaultListSize()
    {
        Validate("{ categories { id } }", 1, defaultListSize: 7).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 14 exceeds the maximum of 1.");
    }

    [Fact]
    public void Validate_PageSizeFromVariable_UsesGivenValueThenDefault()
    {
        // __typename is free (see the introspection test), so each result costs only the list field itself.
        const string query = "query ($n: Int = 3) { search(text: \"x\", limit: $n) { __typename } }";

        Validate(query, 1, new Dictionary<string, object?> { ["n"] = 100d }).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 100 exceeds the maximum of 1.");
        Validate(query, 1).Should().ContainSingle().Which.Message.Should().Be("Query cost 3 exceeds the maximum of 1.");
    }

    [Fact]
    public void Validate_NestedLists_Multiply()
    {
        // categories(first: 10) × (1 + children(first: 20) × (1 + name)) = 10 × 41 = 410.
        Validate("query Q { categories(first: 10) { children(first: 20) { name } } }", 400).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 410 exceeds the maximum of 400.");
    }

    [Fact]
    public void Validate_FragmentsAndCycles_CountedAndTerminate()
    {
        var query = "{ items(first: 2) { ...A } }\nfragment A on Item { sku variant { ...B } }\nfragment B on Variant { color item { ...A } }";

        // items: 2 × (1 + A); A = sku + variant(1 + B); B = color + item(1 + A-in-cycle = 0) → A = 1 + (1 + 2) = 4.
        Validate(query, 9).Should().ContainSingle().Which.Message.Should().Be("Query cost 10 exceeds the maximum of 9.");
    }

    [Fact]
    public void Validate_FieldCost_ComesFromDefinition()
    {
        var expensive = new ObjectType("Query", () => [new FieldDefinition("report", SpecifiedScalars.String) { Cost = 500 }]);
        var schema = new GraphQLSchema(expensive);

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ report again: report }"), [new MaxCostRule(999)]);

        errors.Should().ContainSingle().Which.Message.Should().Be("Query cost 1000 exceeds the maximum of 999.");
    }

    [Fact]
    public void Validate_IntrospectionFields_CostNothingButDataBesideThemStillCounts()
    {
        const string introspection = "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name ofType { name ofType { name } } } } } } } }";

        Validate(introspection, 1).Should().BeEmpty();
        Validate("{ __typename __type(name: \"Query\") { fields { name } } version a: version }", 1).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 2 exceeds the maximum of 1.");
    }

    [Fact]
    public void Validate_ConnectionWithFirst_PageSizeMultipliesItsNodes()
    {
        var schema = SchemaBuilder.Build("""
            type Query { products(first: Int): ProductConnection }
            type ProductConnection { nodes: [Product] totalCount: Int }
            type Product { id: ID name: String }
            """);
        IReadOnlyList<GraphQLError> Cost(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
            DocumentValidator.Validate(schema, Parser.Parse(query), [new MaxCostRule(1, variables, 10)]);

        // products 1 + nodes 5 × (1 + id + name) + totalCount 1 = 17; without first, nodes count the default 10 → 32.
        Cost("{ products(first: 5) { nodes { id name } totalCount } }").Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 17 exceeds the maximum of 1.");
        Cost("{ products { nodes { id name } totalCount } }").Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 32 exceeds the maximum of 1.");
        Cost("query ($n: Int) { products(first: $n) { nodes { id } } }", new Dictionary<string, object?> { ["n"] = 100d }).Should().ContainSingle()
            .Which.Message.Should().Be("Query cost 201 exceeds the maximum of 1.");
    }
}
