using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Inventory;

public abstract class InventoryServiceTests : CommerceTestBase
{
    private DbSession Session => Services.GetRequiredService<DbSession>();
    private InventoryService Inventory => Services.GetRequiredService<InventoryService>();

    private async Task<bool> ReserveAsync(string variantId, long quantity, string orderId)
    {
        await using var work = await Session.BeginWorkAsync();
        var reserved = await Inventory.ReserveAsync(variantId, quantity, orderId);
        await work.CompleteAsync();
        return reserved;
    }

    private async Task InWorkAsync(Func<Task> action)
    {
        await using var work = await Session.BeginWorkAsync();
        await action();
        await work.CompleteAsync();
    }

    [Fact]
    public async Task Reserve_EnoughAtOneLocation_HoldsItThere()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-1", onHand: 2, location: "north");
        await CatalogSeed.StockAsync(Services, variant, "south", 5);

        (await ReserveAsync(variant, 4, "ord_1")).Should().BeTrue();

        var stock = await Services.GetRequiredService<StockReader>().GetAsync(variant);
        stock!.Locations.Should().BeEquivalentTo([new StockLevel("north", 2, 0, 2), new StockLevel("south", 5, 4, 1)]);
        stock.Available.Should().Be(3);
    }

    [Fact]
    public async Task Reserve_NoLocationHasEnough_ReturnsFalseAndHoldsNothing()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-2", onHand: 3, location: "north");
        await CatalogSeed.StockAsync(Services, variant, "south", 3);

        (await ReserveAsync(variant, 4, "ord_1")).Should().BeFalse();

        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((6L, 0L));
        (await CatalogSeed.CountAsync(Services, "SELECT COUNT(*) FROM commerce_reservations")).Should().Be(0);
    }

    [Fact]
    public async Task Reserve_OtherReservationExpired_ReleasesItFirst()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-3", onHand: 5);
        (await ReserveAsync(variant, 5, "ord_old")).Should().BeTrue();
        (await ReserveAsync(variant, 1, "ord_new")).Should().BeFalse();

        Clock.Advance(TimeSpan.FromMinutes(31));
        var reserved = await ReserveAsync(variant, 5, "ord_new");

        reserved.Should().BeTrue();
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((5L, 5L));
        var statuses = await (await Session.GetConnectionAsync()).QueryAsync<(string, string)>(
            "SELECT order_id, status FROM commerce_reservations ORDER BY order_id");
        statuses.Should().Equal(("ord_new", "active"), ("ord_old", "released"));
    }

    [Fact]
    public async Task CommitThenRestock_MovesOnHandAndClearsReserved()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-4", onHand: 10);
        await ReserveAsync(variant, 3, "ord_1");

        await InWorkAsync(() => Inventory.CommitAsync("ord_1"));
        var afterCommit = await CatalogSeed.LevelsAsync(Services, variant);
        await InWorkAsync(() => Inventory.RestockAsync("ord_1"));

        afterCommit.Should().Be((7L, 0L));
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((10L, 0L));
    }

    [Fact]
    public async Task Release_Twice_GivesStockBackOnce()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-5", onHand: 10);
        await ReserveAsync(variant, 3, "ord_1");
        await ReserveAsync(variant, 2, "ord_2");

        await InWorkAsync(() => Inventory.ReleaseAsync("ord_1"));
        await InWorkAsync(() => Inventory.ReleaseAsync("ord_1"));

        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((10L, 2L));
    }

    [Fact]
    public async Task SetOnHand_BelowReserved_ThrowsConflictAndKeepsCount()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-6", onHand: 10);
        await ReserveAsync(variant, 6, "ord_1");

        var act = () => Services.GetRequiredService<StockAdmin>().SetOnHandAsync("TEE-6", "main", 5);

        await act.Should().ThrowAsync<StockConflictException>().WithMessage("*6 reserved*");
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((10L, 6L));
    }

    [Fact]
    public async Task SetOnHand_NewLocation_CreatesLevelAndAppendsStockChanged()
    {
        var variant = await CatalogSeed.VariantAsync(Services, "TEE-7", onHand: 4);
        await CatalogSeed.StockAsync(Services, variant, "south", 0);

        var stock = await Services.GetRequiredService<StockAdmin>().SetOnHandAsync("TEE-7", "south", 9);

        stock!.OnHand.Should().Be(13);
        var events = (await (await Session.GetConnectionAsync()).QueryAsync<(string Type, string Id, string Payload)>(
            "SELECT type, aggregate_id, payload FROM commerce_events")).ToList();
        events.Should().ContainSingle();
        events[0].Type.Should().Be(CommerceEvents.StockChanged);
        events[0].Id.Should().Be(variant);
        events[0].Payload.Should().Contain("\"sku\":\"TEE-7\"").And.Contain("\"onHand\":13").And.Contain("\"available\":13");
    }
}

public sealed class SqliteInventoryServiceTests : InventoryServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresInventoryServiceTests : InventoryServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
