using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class ProductServiceTests : CommerceTestBase
{
    private ProductService Products => Services.GetRequiredService<ProductService>();
    private ProductReader Reader => Services.GetRequiredService<ProductReader>();
    private DbSession Session => Services.GetRequiredService<DbSession>();

    [Fact]
    public async Task Create_ValidProduct_StoresItAndEmitsCreatedThenPriceChangedPerVariant()
    {
        var product = await Products.CreateAsync(CatalogSamples.Jacket());

        var stored = await Reader.GetByHandleAsync("summit-down-jacket");
        stored.Should().BeEquivalentTo(product);
        product.Version.Should().Be(1);
        product.Variants.Select(v => v.Title).Should().Equal("M", "Large");
        product.Variants[0].Prices.Should().Equal(new Dictionary<string, long> { ["EUR"] = 22900, ["USD"] = 24900 });
        var events = await EventsAsync();
        events.Select(e => (e.Type, e.AggregateId, e.Version)).Should().Equal(
            (CommerceEvents.ProductCreated, product.Id, 1L),
            (CommerceEvents.PriceChanged, product.Variants[0].Id, 1L),
            (CommerceEvents.PriceChanged, product.Variants[1].Id, 1L));
        events[0].Payload.Should().Contain("\"handle\":\"summit-down-jacket\"").And.Contain("\"sku\":\"SDJ-M\"");
    }

    [Fact]
    public async Task Create_InvalidFields_NamesEachFieldAndWritesNothing()
    {
        var good = CatalogSamples.Jacket();
        var bad = good with
        {
            Handle = "Summit Jacket",
            Variants =
            [
                good.Variants[0] with { Options = new Dictionary<string, string> { ["Size"] = "XXL" } },
                good.Variants[1] with { Prices = new Dictionary<string, long> { ["EUR"] = -1, ["usd"] = 5 } },
                good.Variants[1] with { Sku = "" },
            ],
        };

        var act = () => Products.CreateAsync(bad);

        var errors = (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors;
        errors.Keys.Should().BeEquivalentTo("handle", "variants[0].options.Size", "variants[1].prices.EUR", "variants[1].prices.usd", "variants[2].sku", "variants[2].options");
        (await CountAsync("commerce_products")).Should().Be(0);
        (await EventsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Create_DuplicateHandleOrSku_ThrowsConflictAndWritesNothing()
    {
        await Products.CreateAsync(CatalogSamples.Jacket());

        var sameHandle = () => Products.CreateAsync(CatalogSamples.Jacket(skuPrefix: "OTHER"));
        var sameSku = () => Products.CreateAsync(CatalogSamples.Jacket(handle: "another-jacket"));

        (await sameHandle.Should().ThrowAsync<CatalogConflictException>()).Which.Field.Should().Be("handle");
        (await sameSku.Should().ThrowAsync<CatalogConflictException>()).Which.Field.Should().Be("variants[0].sku");
        (await CountAsync("commerce_products")).Should().Be(1);
        (await CountAsync("commerce_events")).Should().Be(3);
    }

    [Fact]
    public async Task Update_VariantsMatchedBySku_AddsUpdatesRemovesAndEmitsPriceChangesOnlyWherePricesChanged()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        var input = CatalogSamples.Jacket() with
        {
            Title = "Summit Down Jacket 2",
            Options = [new ProductOption("Size", ["M", "L", "XL"])],
            Variants =
            [
                CatalogSamples.Jacket().Variants[0],
                new VariantInput("SDJ-XL", null, new Dictionary<string, string> { ["Size"] = "XL" }, new Dictionary<string, long> { ["USD"] = 26900 }),
            ],
        };
        input = input with { Variants = [input.Variants[0] with { Prices = new Dictionary<string, long> { ["USD"] = 19900 } }, input.Variants[1]] };

        var updated = (await Products.UpdateAsync(created.Id, input))!;

        updated.Version.Should().Be(2);
        updated.Variants.Select(v => v.Sku).Should().Equal("SDJ-M", "SDJ-XL");
        updated.Variants[0].Id.Should().Be(created.Variants[0].Id, "a variant keeps its id when its SKU stays");
        updated.Variants[0].Version.Should().Be(2);
        var events = (await EventsAsync()).Skip(3).ToList();
        events.Select(e => (e.Type, e.AggregateId, e.Version)).Should().Equal(
            (CommerceEvents.ProductUpdated, created.Id, 2L),
            (CommerceEvents.PriceChanged, created.Variants[0].Id, 2L),
            (CommerceEvents.PriceChanged, updated.Variants[1].Id, 1L));
    }

    [Fact]
    public async Task Update_NothingChanged_WritesNoVersionAndNoEvent()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());

        var updated = await Products.UpdateAsync(created.Id, CatalogSamples.Jacket());

        updated!.Version.Should().Be(1);
        (await CountAsync("commerce_events")).Should().Be(3);
    }

    [Fact]
    public async Task Create_CallersWorkRolledBack_LeavesNoProductAndNoEvent()
    {
        await using (var work = await Session.BeginWorkAsync())
            await Products.CreateAsync(CatalogSamples.Jacket());

        (await CountAsync("commerce_products")).Should().Be(0);
        (await CountAsync("commerce_events")).Should().Be(0);
    }

    private async Task<long> CountAsync(string table) =>
        await (await Session.GetConnectionAsync()).ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    private async Task<List<(string Type, string AggregateId, long Version, string Payload)>> EventsAsync() =>
        (await (await Session.GetConnectionAsync()).QueryAsync<(string, string, long, string)>(
            "SELECT type, aggregate_id, aggregate_version, payload FROM commerce_events ORDER BY sequence")).ToList();
}

public sealed class SqliteProductServiceTests : ProductServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProductServiceTests : ProductServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
