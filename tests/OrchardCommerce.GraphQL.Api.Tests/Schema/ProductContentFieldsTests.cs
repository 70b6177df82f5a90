using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>The Product type's seoTitle, seoDescription and media: the commerce product's copies of its content item's fields.</summary>
public abstract class ProductContentFieldsTests : StorefrontTestBase
{
    private const string Query = """
        query { jacket: product(handle: "jacket") { seoTitle seoDescription media content { ... on ProductContent { seoTitle } } }
                poles: product(handle: "poles") { seoTitle seoDescription media }
                products(first: 10) { edges { node { handle media } } } }
        """;

    [Fact]
    public async Task Product_ContentFieldsApplied_ExposesThemBesideTheContentItem()
    {
        var jacket = await ProductAsync("jacket", ["J-1"]);
        await ProductAsync("poles", ["P-1"]);
        await ImportAsync(ProductContent("pc-jacket", "Jacket", "jacket", "J-1"));
        await Get<ProductContentService>().ApplyAsync(jacket.Id,
            new ProductContentInput(4, "Warm.", "Synced jacket title", "Synced description.", ["products/j.svg", "products/j-back.svg"]));
        await NewScopeAsync();

        var data = await StorefrontGraphQL.DataAsync(Services, Query);

        data["jacket"]!["seoTitle"]!.GetValue<string>().Should().Be("Synced jacket title");
        data["jacket"]!["seoDescription"]!.GetValue<string>().Should().Be("Synced description.");
        data["jacket"]!["media"]!.ToJsonString().Should().Be("""["products/j.svg","products/j-back.svg"]""");
        data["jacket"]!["content"]!["seoTitle"]!.GetValue<string>().Should().Be("SEO Jacket", "the content field stays the item's own");
        data["poles"]!.ToJsonString().Should().Be("""{"seoTitle":null,"seoDescription":null,"media":[]}""");
        data["products"]!["edges"]!.AsArray().Select(e => e!["node"]!["media"]!.AsArray().Count).Should().BeEquivalentTo([2, 0]);
    }
}

public sealed class SqliteProductContentFieldsTests : ProductContentFieldsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProductContentFieldsTests : ProductContentFieldsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
