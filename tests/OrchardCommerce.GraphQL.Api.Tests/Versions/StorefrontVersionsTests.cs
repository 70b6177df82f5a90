using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.GraphQL.Api.Tests.Versions;

public abstract class StorefrontVersionsTests : StorefrontTestBase
{
    private static readonly DateTime T0 = new(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private StorefrontVersions Versions => Get<StorefrontVersions>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(StorefrontModel.BlogPost("post", "Post", T0));
        await ProductAsync("jacket", ["J-M"]);
        await Get<CategoryService>().CreateAsync(new CategoryInput("gear", "Gear", null, 0));
    }

    /// <summary>The version before and after <paramref name="change"/>, each read in a fresh scope as a request would.</summary>
    private async Task<(StorefrontVersion Before, StorefrontVersion After)> AroundAsync(Func<Task> change)
    {
        await NewScopeAsync();
        var before = await Versions.GetAsync();
        await change();
        await NewScopeAsync();
        return (before, await Versions.GetAsync());
    }

    [Fact]
    public async Task Get_OnlyReads_StaysTheSame()
    {
        var (before, after) = await AroundAsync(async () =>
        {
            await Content.GetAsync("post");
            await Get<ProductReader>().GetByHandleAsync("jacket");
        });

        after.Should().Be(before);
        after.ToString().Should().Be(before.ToString());
    }

    [Theory]
    [InlineData("unpublish")]
    [InlineData("publish")]
    [InlineData("delete")]
    public async Task Get_ContentPublishedUnpublishedOrDeleted_MovesContent(string change)
    {
        if (change == "publish") await Content.UnpublishAsync("post");

        var (before, after) = await AroundAsync(() => change switch
        {
            "unpublish" => Content.UnpublishAsync("post"),
            "publish" => Content.PublishAsync("post"),
            _ => Content.RemoveAsync("post"),
        });

        after.Content.Should().NotBe(before.Content);
        after.Should().NotBe(before);
        after.Definitions.Should().Be(before.Definitions);
    }

    [Fact]
    public async Task Get_DefinitionSaved_MovesDefinitions()
    {
        var definitionsBefore = await Versions.GetDefinitionsAsync();

        var (before, after) = await AroundAsync(() => RunStepAsync(StorefrontModel.BlogDefinition()));

        after.Definitions.Should().BeGreaterThan(before.Definitions);
        (await Versions.GetDefinitionsAsync()).Should().Be(after.Definitions).And.BeGreaterThan(definitionsBefore);
    }

    [Theory]
    [InlineData("price")]
    [InlineData("stock")]
    [InlineData("product")]
    public async Task Get_CatalogPriceOrStockChanged_Moves(string change)
    {
        var (before, after) = await AroundAsync(() => change switch
        {
            "price" => Get<ProductService>().SetPricesAsync("J-M", new Dictionary<string, long> { ["USD"] = 1234 }),
            "stock" => Get<StockAdmin>().SetOnHandAsync("J-M", "main", 1),
            _ => ProductAsync("tent", ["T-1"]),
        });

        after.Should().NotBe(before);
        (after.FeedPosition, after.FeedPending).Should().NotBe((before.FeedPosition, before.FeedPending));
    }

    [Fact]
    public async Task Get_FeedPositionsPendingEvents_StillDiffersFromBeforeTheWrite()
    {
        var (before, written) = await AroundAsync(() => Get<StockAdmin>().SetOnHandAsync("J-M", "main", 2));

        await Get<ChangeFeed<CommerceStream>>().ReadAsync(0, ChangeFeed<CommerceStream>.MaxLimit, TimeSpan.Zero);
        await NewScopeAsync();
        var positioned = await Versions.GetAsync();

        positioned.Should().NotBe(before);
        positioned.FeedPending.Should().Be(0, "reading the feed positions every committed event");
        if (Provider == DatabaseProvider.Postgres) written.FeedPending.Should().BePositive("PostgreSQL writers leave positions to the feed");
    }

    [Theory]
    [InlineData("category-created")]
    [InlineData("category-renamed")]
    [InlineData("category-deleted")]
    [InlineData("collection-created")]
    public async Task Get_TaxonomyChanged_MovesTaxonomy(string change)
    {
        var gear = (await Get<CategoryService>().GetByHandleAsync("gear"))!;

        var (before, after) = await AroundAsync(() => change switch
        {
            "category-created" => Get<CategoryService>().CreateAsync(new CategoryInput("tents", "Tents", "gear", 0)),
            "category-renamed" => Get<CategoryService>().UpdateAsync(gear.Id, new CategoryInput("gear", "All gear", null, 0)),
            "category-deleted" => Get<CategoryService>().DeleteAsync(gear.Id),
            _ => Get<CollectionService>().CreateAsync(new CollectionInput("winter", "Winter")),
        });

        after.Taxonomy.Should().BeGreaterThan(before.Taxonomy);
        (after.FeedPosition, after.FeedPending).Should().Be((before.FeedPosition, before.FeedPending), "Commerce writes no event for taxonomy");
    }
}

public sealed class SqliteStorefrontVersionsTests : StorefrontVersionsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStorefrontVersionsTests : StorefrontVersionsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
