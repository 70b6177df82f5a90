using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Tests.Conformance;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>graphql-js 16 as a real client (tests/graphql-conformance/http-client.mjs): acme's introspection over HTTP
/// (under the normal cost limit) builds a client schema, a storefront query validates against it and runs through the endpoint.</summary>
public sealed class GraphQLJsClientTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task GraphQLJs_IntrospectsBuildsClientSchemaAndRunsAQuery_NoErrors()
    {
        var input = new JsonObject
        {
            ["url"] = new Uri(fixture.Host.Address, "/api/graphql").ToString(),
            ["host"] = "acme.test",
            ["query"] = "query P($n: Int) { products(first: $n) { nodes { handle title } } branding { siteName } }",
        };

        var output = await NodeScript.RunAsync("http-client.mjs", input.ToJsonString());

        output["introspection"].Should().BeNull();
        output["schemaTypes"]!.AsArray().Select(t => t!.GetValue<string>()).Should()
            .Contain(["Product", "ProductConnection", "Page", "Query", "Mutation", "CheckoutInput", "String"]);
        output["validationErrors"]!.AsArray().Should().BeEmpty();
        output["result"]!["errors"].Should().BeNull();
        output["result"]!["data"]!["branding"]!["siteName"]!.GetValue<string>().Should().Be("Acme Outfitters");
        output["result"]!["data"]!["products"]!["nodes"]!.AsArray().Select(p => (string)p!["handle"]!).Should().Contain(GraphQLHttpHost.Backpack);
    }
}
