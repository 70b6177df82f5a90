using System.Net;
using OrchardCommerce.GraphQL.Tests.Conformance;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Depth and cost limits on real nested storefront fields (MaxDepth 15, MaxCost 5000, 20 items assumed per list), and
/// introspection, which costs nothing: the standard introspection query passes the normal limit, data next to it does not.
/// </summary>
public sealed class GraphQLEndpointLimitsTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    // The products of each listed product's categories: 2 + 100 × (1 + 20 × (1 + 1 + 20 × 2)) = 84,102 (the connection's
    // first sizes its nodes; lists without a page size count 20).
    private const string ProductsOfTheirCategories =
        "{ products(first: 100) { nodes { categories { products { nodes { handle } } } } } }";

    [Fact]
    public async Task Post_CategoryParentsSixteenLevelsDeep_400WithDepthMessage()
    {
        var query = "{ category(handle: \"packs\") { " + string.Concat(Enumerable.Repeat("parent { ", 14)) + "handle" + new string('}', 16);

        var response = await fixture.Client().PostAsync("/api/graphql", Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Query depth 16 exceeds the maximum of 15.");
    }

    [Fact]
    public async Task Post_CategoryParentsFifteenLevelsDeep_200()
    {
        var query = "{ category(handle: \"packs\") { " + string.Concat(Enumerable.Repeat("parent { ", 13)) + "handle" + new string('}', 15);

        var response = await fixture.Client().PostAsync("/api/graphql", Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync(response))["errors"].Should().BeNull();
    }

    [Fact]
    public async Task Post_ProductsOfTheirCategories_400WithCostMessage()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Body(ProductsOfTheirCategories));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Query cost 84102 exceeds the maximum of 5000.");
    }

    [Fact]
    public async Task Post_GraphQLJsFullIntrospectionQuery_200UnderTheNormalLimit()
    {
        var query = (string)(await NodeScript.RunAsync("storefront-schema.mjs", "{}"))["query"]!;

        var response = await fixture.Client().PostAsync("/api/graphql", Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await ReadAsync(response);
        json["errors"].Should().BeNull();
        json["data"]!["__schema"]!["types"]!.AsArray().Select(t => (string)t!["name"]!).Should().Contain(["Product", "Category", "Page"]);
    }

    [Fact]
    public async Task Post_IntrospectionNextToCostlyData_400WithCostMessage()
    {
        var query = ProductsOfTheirCategories.Insert(1, " __schema { types { name fields { name } } }");

        var response = await fixture.Client().PostAsync("/api/graphql", Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Query cost 84102 exceeds the maximum of 5000.");
    }

    [Fact]
    public async Task Post_NestedIntrospection_400WithIntrospectionDepthMessage()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        var response = await fixture.Client().PostAsync("/api/graphql", Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Maximum introspection depth exceeded");
    }

    [Fact]
    public async Task Post_DocumentWithVariables_CostCheckedOnEveryRequest()
    {
        // With first: 5 the costly document costs 2 + 5 × 841 = 4,207 and runs; with 50 or 100 it is refused.
        const string cheap = "query Q($first: Int, $handle: String!) { products(first: $first) { nodes { handle } } product(handle: $handle) { title } }";
        var costly = ProductsOfTheirCategories.Replace("{ products(first: 100)", "query Q($first: Int) { products(first: $first)");

        var cheapResponses = new[]
        {
            await fixture.Client().PostAsync("/api/graphql", Body(cheap, new { first = 2, handle = Backpack })),
            await fixture.Client().PostAsync("/api/graphql", Body(cheap, new { first = 3, handle = "nope" })),
            await fixture.Client().PostAsync("/api/graphql", Body(costly, new { first = 5 })),
        };
        var costlyResponses = new[]
        {
            await fixture.Client().PostAsync("/api/graphql", Body(costly, new { first = 50 })),
            await fixture.Client().PostAsync("/api/graphql", Body(costly, new { first = 100 })),
        };

        (await ReadAsync(cheapResponses[0]))["data"]!["products"]!["nodes"]!.AsArray().Should().HaveCount(2);
        (await ReadAsync(cheapResponses[1]))["data"]!["products"]!["nodes"]!.AsArray().Should().HaveCount(3);
        cheapResponses[2].StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync(cheapResponses[2]))["errors"].Should().BeNull();
        foreach (var response in costlyResponses)
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain("exceeds the maximum of 5000.");
        }
    }
}
