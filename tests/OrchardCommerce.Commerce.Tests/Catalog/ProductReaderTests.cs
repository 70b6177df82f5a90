using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract class ProductReaderTests : CommerceTestBase
{
    private ProductService Products => Services.GetRequiredService<ProductService>();
    private ProductReader Reader => Services.GetRequiredService<ProductReader>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Services.GetRequiredService<CategoryService>().CreateAsync(new CategoryInput("outerwear", "Outerwear", null, 0));
        await Services.GetRequiredService<CollectionService>().CreateAsync(new CollectionInput("winter", "Winter"));
        for (var i = 0; i < 5; i++)
            await Products.CreateAsync(CatalogSamples.Jacket($"jacket-{i}", $"J{i}", i == 4 ? ProductStatus.Draft : ProductStatus.Active) with
            {
                Categories = i % 2 == 0 ? ["outerwear"] : [],
                Collections = i == 1 ? ["winter"] : [],
            });
    }

    [Fact]
    public async Task List_FirstAfter_WalksEveryProductOnceInCreationOrder()
    {
        var seen = new List<string>();
        string? after = null;
        ProductPage<Product> page;
        do
        {
            page = await Reader.ListAsync(new ProductQuery(First: 2, After: after));
            seen.AddRange(page.Items.Select(p => p.Handle));
            after = page.EndCursor;
            page.TotalCount.Should().Be(5);
        } while (page.HasNextPage);

        seen.Should().Equal("jacket-0", "jacket-1", "jacket-2", "jacket-3", "jacket-4");
    }

    [Fact]
    public async Task List_PageNumbers_ReturnsThatPage()
    {
        var page = await Reader.ListAsync(new ProductQuery(First: 2, Page: 3));

        page.Items.Select(p => p.Handle).Should().Equal("jacket-4");
        page.HasNextPage.Should().BeFalse();
    }

    [Theory]
    [InlineData("j3-l", null, null, null, new[] { "jacket-3" })]
    [InlineData("JACKET-1", null, null, null, new[] { "jacket-1" })]
    [InlineData(null, "draft", null, null, new[] { "jacket-4" })]
    [InlineData(null, null, "outerwear", null, new[] { "jacket-0", "jacket-2", "jacket-4" })]
    [InlineData(null, null, null, "winter", new[] { "jacket-1" })]
    [InlineData("100%_", null, null, null, new string[0])]
    public async Task List_Filters_ReturnMatchingProducts(string? search, string? status, string? category, string? collection, string[] expected)
    {
        var page = await Reader.ListAsync(new ProductQuery(search, status, category, collection));

        page.Items.Select(p => p.Handle).Should().Equal(expected);
        page.TotalCount.Should().Be(expected.Length);
    }

    [Fact]
    public async Task ListStore_DraftProducts_AreLeftOut()
    {
        var page = await Services.GetRequiredService<StoreCatalogReader>().ListAsync(new ProductQuery(Status: ProductStatus.Draft));

        page.Items.Select(p => p.Handle).Should().Equal("jacket-0", "jacket-1", "jacket-2", "jacket-3");
        (await Services.GetRequiredService<StoreCatalogReader>().GetAsync("jacket-4")).Should().BeNull();
    }

    [Fact]
    public async Task FindVariants_KnownAndUnknownSkus_ReturnsKnownWithProductAndPrices()
    {
        var found = await Reader.FindVariantsAsync(["J1-M", "J4-L", "NOPE"]);

        found.Keys.Should().BeEquivalentTo("J1-M", "J4-L");
        found["J1-M"].Should().Match<VariantInfo>(v => v.ProductHandle == "jacket-1" && v.IsForSale && v.PriceIn("EUR") == 22900 && v.PriceIn("GBP") == null);
        found["J4-L"].IsForSale.Should().BeFalse("jacket-4 is a draft");
    }
}

public sealed class SqliteProductReaderTests : ProductReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProductReaderTests : ProductReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
