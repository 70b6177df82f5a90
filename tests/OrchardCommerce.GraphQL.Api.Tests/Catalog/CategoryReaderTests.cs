using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Catalog;

public abstract class CategoryReaderTests : StorefrontTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var categories = Get<CategoryService>();
        await categories.CreateAsync(new CategoryInput("outdoor", "Outdoor", null, 1));
        await categories.CreateAsync(new CategoryInput("coffee", "Coffee", null, 0));
        await categories.CreateAsync(new CategoryInput("tents", "Tents", "outdoor", 1));
        await categories.CreateAsync(new CategoryInput("packs", "Packs", "outdoor", 0));
        await Get<CollectionService>().CreateAsync(new CollectionInput("winter", "Winter"));
    }

    [Fact]
    public async Task GetTree_RootsAndChildrenInPositionOrder()
    {
        var tree = await Get<CategoryReader>().GetTreeAsync();

        tree.Roots.Select(c => c.Handle).Should().Equal("coffee", "outdoor");
        tree.ChildrenOf("outdoor").Select(c => c.Handle).Should().Equal("packs", "tents");
        tree.ChildrenOf("coffee").Should().BeEmpty();
        tree.Find("tents")!.Parent.Should().Be("outdoor");
        tree.Find("missing").Should().BeNull();
    }

    [Fact]
    public async Task ListCollections_EveryCollection()
    {
        (await Get<CategoryReader>().ListCollectionsAsync()).Select(c => c.Title).Should().Equal("Winter");
    }
}

public sealed class SqliteCategoryReaderTests : CategoryReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCategoryReaderTests : CategoryReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
