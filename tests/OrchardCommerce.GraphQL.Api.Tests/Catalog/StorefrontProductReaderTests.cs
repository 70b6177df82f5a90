using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Catalog;

/// <summary>
/// jacket (two sizes, outerwear, winter) has content by handle and a handle-less item naming its L size's SKU, which
/// loses to the handle match; poles has content by SKU only; tent's content is a draft and it is out of stock; proto
/// is a draft product.
/// </summary>
public abstract class StorefrontProductReaderTests : StorefrontTestBase
{
    private StorefrontProductReader Reader => Get<StorefrontProductReader>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<CategoryService>().CreateAsync(new CategoryInput("outerwear", "Outerwear", null, 0));
        await Get<CollectionService>().CreateAsync(new CollectionInput("winter", "Winter"));
        var jacket = await ProductAsync("jacket", ["J-M", "J-L"], stock: 5, categories: ["outerwear"], collections: ["winter"]);
        await Get<ProductContentService>().ApplyAsync(jacket.Id, new ProductContentInput(3, "Warm.", "Jacket SEO", "Warm jacket.", ["products/j.svg", "products/j2.svg"]));
        await ProductAsync("tent", ["T-1"], stock: 0);
        await ProductAsync("poles", ["P-1"], stock: 7);
        await ProductAsync("proto", ["X-1"], status: ProductStatus.Draft);
        await ImportAsync(ProductContent("pc-jacket", "Jacket", "jacket", "J-M"));
        await ImportAsync(ProductContent("pc-jacket-l", "Jacket L", null, "J-L"));
        await ImportAsync(ProductContent("pc-poles", "Poles", null, "P-1"));
        await ImportAsync(ProductContent("pc-tent", "Tent", "tent", "T-1", published: false));
        await ImportAsync(ProductContent("pc-proto", "Proto", "proto", "X-1"));
    }

    private async Task<Dictionary<string, StorefrontProduct>> ListAllAsync(StorefrontProductQuery query) =>
        (await Reader.ListAsync(query)).Edges.ToDictionary(e => e.Node.Product.Handle, e => e.Node);

    [Fact]
    public async Task List_ActiveProducts_WithVariantsPricesStockAndMatchedContent()
    {
        var products = await ListAllAsync(new StorefrontProductQuery());

        products.Keys.Should().BeEquivalentTo("jacket", "tent", "poles");
        products["jacket"].Content!.ContentItemId.Should().Be("pc-jacket", "a handle match wins over a SKU match");
        products["poles"].Content!.ContentItemId.Should().Be("pc-poles", "an item without a handle matches by SKU");
        products["tent"].Content.Should().BeNull("its only content is a draft");
        var jacket = products["jacket"].Product;
        jacket.Variants.Select(v => (v.Sku, v.Available, v.Prices["USD"], v.Prices["EUR"])).Should().Equal(("J-M", 5L, 1000L, 900L), ("J-L", 5L, 1001L, 901L));
        jacket.Categories.Should().Equal("outerwear");
        jacket.Collections.Should().Equal("winter");
        (jacket.Description, jacket.SeoTitle, jacket.SeoDescription).Should().Be(("Warm.", "Jacket SEO", "Warm jacket."));
        jacket.Media.Should().Equal("products/j.svg", "products/j2.svg");
        products["poles"].Product.Media.Should().BeEmpty();
        products["tent"].Product.Variants.Single().Available.Should().Be(0);
    }

    [Fact]
    public async Task List_ContentStatusLatest_MergesDraftContent()
    {
        var products = await ListAllAsync(new StorefrontProductQuery { ContentStatus = VersionOptions.Latest });

        products["tent"].Content!.ContentItemId.Should().Be("pc-tent");
    }

    [Theory]
    [InlineData("outerwear", null, null, new[] { "jacket" })]
    [InlineData(null, "winter", null, new[] { "jacket" })]
    [InlineData(null, null, "P-1", new[] { "poles" })]
    [InlineData("nothing", null, null, new string[0])]
    public async Task List_Filters_ReturnMatchingProducts(string? category, string? collection, string? search, string[] expected)
    {
        var page = await Reader.ListAsync(new StorefrontProductQuery(category, collection, search));

        page.Edges.Select(e => e.Node.Product.Handle).Should().BeEquivalentTo(expected);
        page.TotalCount.Should().Be(expected.Length);
    }

    [Fact]
    public async Task List_FollowingCursors_VisitsEveryActiveProductOnce()
    {
        var seen = new List<string>();
        var page = await Reader.ListAsync(new StorefrontProductQuery(First: 1));
        seen.AddRange(page.Edges.Select(e => e.Node.Product.Handle));
        while (page.PageInfo.HasNextPage)
        {
            page = await Reader.ListAsync(new StorefrontProductQuery(First: 1, After: page.Edges[^1].Cursor));
            page.PageInfo.HasPreviousPage.Should().BeTrue();
            seen.AddRange(page.Edges.Select(e => e.Node.Product.Handle));
        }

        seen.Should().BeEquivalentTo("jacket", "tent", "poles");
        seen.Should().OnlyHaveUniqueItems();
        page.TotalCount.Should().Be(3);
    }

    [Fact]
    public async Task GetByHandles_SameProductsAsTheListing()
    {
        var listed = await ListAllAsync(new StorefrontProductQuery());

        var batched = await Reader.GetByHandlesAsync(["jacket", "tent", "poles", "proto", "missing"]);

        batched.Keys.Should().BeEquivalentTo("jacket", "tent", "poles");
        foreach (var (handle, product) in listed)
        {
            batched[handle].Product.Should().BeEquivalentTo(product.Product, o => o.WithStrictOrdering());
            batched[handle].Content?.ToJson().ToJsonString().Should().Be(product.Content?.ToJson().ToJsonString());
        }
    }

    [Fact]
    public async Task GetByHandle_DraftOrUnknown_IsNull()
    {
        (await Reader.GetByHandleAsync("proto")).Should().BeNull();
        (await Reader.GetByHandleAsync("missing")).Should().BeNull();
        (await Reader.GetByHandleAsync("poles"))!.Content!.ContentItemId.Should().Be("pc-poles");
    }

    [Fact]
    public async Task GetBySkus_ActiveProductsOfThoseVariants()
    {
        var bySku = await Reader.GetBySkusAsync(["J-L", "P-1", "X-1", "nope"]);

        bySku.Keys.Should().BeEquivalentTo("J-L", "P-1");
        bySku["J-L"].Product.Handle.Should().Be("jacket");
        bySku["J-L"].Content!.ContentItemId.Should().Be("pc-jacket");
    }

    [Fact]
    public async Task List_ForeignCursor_IsRejected()
    {
        var act = () => Reader.ListAsync(new StorefrontProductQuery(After: "bm90LWEtY3Vyc29y"));

        (await act.Should().ThrowAsync<StorefrontQueryException>()).Which.Argument.Should().Be("after");
    }
}

public sealed class SqliteStorefrontProductReaderTests : StorefrontProductReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStorefrontProductReaderTests : StorefrontProductReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
