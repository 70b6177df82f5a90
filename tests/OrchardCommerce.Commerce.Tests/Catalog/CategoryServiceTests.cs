using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract class CategoryServiceTests : CommerceTestBase
{
    private CategoryService Categories => Services.GetRequiredService<CategoryService>();

    [Fact]
    public async Task Update_ParentIsOwnDescendant_ThrowsNamingParent()
    {
        var root = await Categories.CreateAsync(new CategoryInput("gear", "Gear", null, 0));
        await Categories.CreateAsync(new CategoryInput("packs", "Packs", "gear", 0));

        var act = () => Categories.UpdateAsync(root.Id, new CategoryInput("gear", "Gear", "packs", 0));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal("parent");
        (await Categories.GetAsync(root.Id))!.Parent.Should().BeNull();
    }

    [Fact]
    public async Task Create_UnknownParentOrTakenHandle_IsRejected()
    {
        await Categories.CreateAsync(new CategoryInput("gear", "Gear", null, 0));

        var unknownParent = () => Categories.CreateAsync(new CategoryInput("packs", "Packs", "nope", 0));
        var taken = () => Categories.CreateAsync(new CategoryInput("gear", "Gear again", null, 1));

        (await unknownParent.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal("parent");
        (await taken.Should().ThrowAsync<CatalogConflictException>()).Which.Field.Should().Be("handle");
        (await Categories.ListAsync()).Select(c => c.Handle).Should().Equal("gear");
    }

    [Fact]
    public async Task Delete_Parent_LiftsChildrenToRootAndUnlinksProducts()
    {
        var gear = await Categories.CreateAsync(new CategoryInput("gear", "Gear", null, 0));
        await Categories.CreateAsync(new CategoryInput("packs", "Packs", "gear", 1));
        await Services.GetRequiredService<ProductService>().CreateAsync(CatalogSamples.Jacket() with { Categories = ["gear", "packs"] });

        (await Categories.DeleteAsync(gear.Id)).Should().BeTrue();

        (await Categories.GetByHandleAsync("packs"))!.Parent.Should().BeNull();
        (await Services.GetRequiredService<ProductReader>().GetByHandleAsync("summit-down-jacket"))!.Categories.Should().Equal("packs");
    }
}

public sealed class SqliteCategoryServiceTests : CategoryServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCategoryServiceTests : CategoryServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
