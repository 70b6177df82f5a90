using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class ProductServiceTests
{
    [Fact]
    public async Task SetPrices_OneVariant_BumpsVariantAndProductAndEmitsBoth()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());

        var variant = await Products.SetPricesAsync("SDJ-L", new Dictionary<string, long> { ["USD"] = 1000, ["GBP"] = 900 });

        variant!.Prices.Should().Equal(new Dictionary<string, long> { ["GBP"] = 900, ["USD"] = 1000 });
        variant.Version.Should().Be(2);
        (await Reader.FindVariantAsync("SDJ-L"))!.PriceIn("GBP").Should().Be(900);
        var events = (await EventsAsync()).Skip(3).ToList();
        events.Select(e => (e.Type, e.Version)).Should().Equal((CommerceEvents.ProductUpdated, 2L), (CommerceEvents.PriceChanged, 2L));
        (await Products.SetPricesAsync("NOPE", new Dictionary<string, long>())).Should().BeNull();
    }

    [Fact]
    public async Task Delete_Product_RemovesVariantsAndStockAndEmitsDeletedWithNextVersion()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await using (var work = await Session.BeginWorkAsync())
        {
            await work.Connection.ExecuteAsync("INSERT INTO commerce_locations (id, handle, name) VALUES ('loc_1', 'main', 'Main')", transaction: work.Transaction);
            await work.Connection.ExecuteAsync("INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version) VALUES (@id, 'loc_1', 5, 0, 1)",
                new { id = created.Variants[0].Id }, work.Transaction);
            await work.CompleteAsync();
        }

        (await Products.DeleteAsync(created.Id)).Should().BeTrue();

        (await CountAsync("commerce_variants")).Should().Be(0);
        (await CountAsync("commerce_variant_prices")).Should().Be(0);
        (await CountAsync("commerce_inventory_levels")).Should().Be(0);
        var deleted = (await EventsAsync()).Last();
        (deleted.Type, deleted.Version).Should().Be((CommerceEvents.ProductDeleted, 2L));
        deleted.Payload.Should().Contain("\"skus\":[\"SDJ-M\",\"SDJ-L\"]");
        (await Products.DeleteAsync(created.Id)).Should().BeFalse();
    }
}
