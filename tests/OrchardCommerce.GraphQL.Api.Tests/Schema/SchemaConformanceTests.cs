using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using OrchardCommerce.GraphQL.Tests.Conformance;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>
/// Our storefront schema as graphql-js 16 sees it through introspection (what GraphiQL and codegen tools do):
/// buildClientSchema and assertValidSchema accept it, and the printed SDL has the content and commerce types.
/// </summary>
public abstract class SchemaConformanceTests : StorefrontTestBase
{
    [Fact]
    public async Task Introspection_DemoAndBlogModel_ValidForGraphQLJs()
    {
        var query = (string)(await NodeScript.RunAsync("storefront-schema.mjs", "{}"))["query"]!;
        var data = await StorefrontGraphQL.DataAsync(Services, query);

        var answer = await NodeScript.RunAsync("storefront-schema.mjs", new JsonObject { ["data"] = data.DeepClone() }.ToJsonString());

        answer["error"].Should().BeNull();
        var sdl = (string)answer["sdl"]!;
        sdl.Should().Contain("type BlogPost implements ContentItem {").And.Contain("type Page implements ContentItem {")
            .And.Contain("  pageItems(\n    where: PageFilter\n").And.Contain("    first: Int = 20\n").And.Contain("    status: Status! = PUBLISHED\n  ): PageConnection!")
            .And.Contain("type Product {").And.Contain("checkout(cartToken: String!, idempotencyKey: String!, input: CheckoutInput!): CheckoutResult")
            .And.Contain("interface ContentItem {").And.Contain("scalar DateTime");
    }
}

public sealed class SqliteSchemaConformanceTests : SchemaConformanceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSchemaConformanceTests : SchemaConformanceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
