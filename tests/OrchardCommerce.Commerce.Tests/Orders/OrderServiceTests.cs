using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Orders;

public abstract class OrderServiceTests : CommerceTestBase
{
    private OrderService Orders => Services.GetRequiredService<OrderService>();
    private IOrderPayments Payments => Services.GetRequiredService<IOrderPayments>();

    private async Task<(string OrderId, string VariantId)> PlaceAsync(long onHand = 10, long quantity = 2)
    {
        var variant = await CatalogSeed.VariantAsync(Services, "MUG-1", onHand);
        var carts = Services.GetRequiredService<CartService>();
        var cart = await carts.CreateAsync("EUR", null);
        await carts.AddLineAsync(cart.Id, "MUG-1", quantity);
        var result = await Services.GetRequiredService<CheckoutService>().CheckoutAsync(cart.Id, "key-1", new CheckoutRequest("a@example.com",
            new CheckoutAddress("Ann", "1 Main St", null, "Berlin", "10115", "de"), null, new CheckoutPayment("test", "tok_approve")));
        return (result!.Order.Id, variant);
    }

    private async Task<IReadOnlyList<OrderHistoryEntry>> HistoryAsync(string orderId) =>
        (await Services.GetRequiredService<OrderReader>().GetAsync(orderId, withHistory: true))!.History!;

    [Fact]
    public async Task FullLifecycle_PaymentThenReserveThenComplete_CommitsStockAndRecordsHistory()
    {
        var (orderId, variant) = await PlaceAsync();

        await Payments.PaymentVerifiedAsync(orderId, "pay_1", "Approved by test provider.");
        await Orders.ReserveInventoryAsync(orderId, "Workflow step.", "workflow");
        await Orders.FulfillAsync(orderId, "Shipped.", "ops");
        var order = await Orders.CompleteAsync(orderId, "Done.", "workflow");

        order!.Status.Should().Be(OrderStatus.Completed);
        order.PaymentStatus.Should().Be(PaymentStatus.Confirmed);
        order.FulfillmentStatus.Should().Be(FulfillmentStatus.Fulfilled);
        order.PaymentId.Should().Be("pay_1");
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((8L, 0L));
        (await HistoryAsync(orderId)).Select(h => (h.Field, h.From, h.To)).Should().Equal(
            ("status", null, "pending"), ("payment_status", "pending", "confirmed"), ("status", "pending", "payment_verified"),
            ("status", "payment_verified", "inventory_reserved"), ("fulfillment_status", "unfulfilled", "fulfilled"),
            ("status", "inventory_reserved", "completed"));
        var versions = await (await Services.GetRequiredService<DbSession>().GetConnectionAsync()).QueryAsync<long>(
            "SELECT aggregate_version FROM commerce_events WHERE aggregate_type = 'order' ORDER BY sequence");
        versions.Should().Equal(1, 2, 3, 4, 5, 6);
        order.Version.Should().Be(6);
    }

    [Fact]
    public async Task StatusChanged_Data_IsTheOrderAsItNowIsWithWhatChanged()
    {
        var (orderId, _) = await PlaceAsync();

        await Orders.CancelAsync(orderId, "Customer asked.", "ops");

        var payload = await (await Services.GetRequiredService<DbSession>().GetConnectionAsync()).QuerySingleAsync<string>(
            "SELECT payload FROM commerce_events WHERE type = 'order.status_changed' AND aggregate_id = @orderId", new { orderId });
        var data = System.Text.Json.Nodes.JsonNode.Parse(payload)!.AsObject();
        var order = (await Services.GetRequiredService<OrderReader>().GetAsync(orderId))!;
        ((string?)data["id"], (string?)data["status"], (long?)data["version"], data["lines"]!.AsArray().Count).Should()
            .Be((orderId, OrderStatus.Cancelled, order.Version, 1));
        ((string?)data["field"], (string?)data["from"], (string?)data["to"], (string?)data["reason"]).Should()
            .Be(("status", OrderStatus.Pending, OrderStatus.Cancelled, "Customer asked."));
        data.Select(p => p.Key).Should().Equal(System.Text.Json.JsonSerializer.SerializeToNode(order, new System.Text.Json.JsonSerializerOptions(
            System.Text.Json.JsonSerializerDefaults.Web))!.AsObject().Select(p => p.Key).Concat(["field", "from", "to", "reason"]));
    }

    [Fact]
    public async Task View_LinesAndAddressesAfterCheckout_ComeFromTheCacheAsCheckoutWroteThem()
    {
        var (orderId, _) = await PlaceAsync();
        var session = Services.GetRequiredService<DbSession>();
        using var empty = new OrderDetailsCache();
        using var alsoEmpty = new OrderDetailsCache();
        var before = (await new OrderReader(session, empty).GetAsync(orderId))!;
        // Lines never change after checkout; changing one behind the store's back shows where a view takes it from.
        await (await session.GetConnectionAsync()).ExecuteAsync("UPDATE commerce_order_lines SET title = 'Changed behind' WHERE order_id = @orderId", new { orderId });

        var cached = (await Services.GetRequiredService<OrderReader>().GetAsync(orderId))!;
        var read = (await new OrderReader(session, alsoEmpty).GetAsync(orderId))!;

        read.Lines.Single().Title.Should().Be("Changed behind");
        Json(cached).Should().Be(Json(before), "checkout's lines and addresses are what a read of them gave");
    }

    private static string Json(OrderView view) => System.Text.Json.JsonSerializer.Serialize(view);

    [Fact]
    public async Task Move_FromAValueTheOrderNoLongerHas_ThrowsAsAConcurrentChangeAndChangesNothing()
    {
        var (orderId, _) = await PlaceAsync();
        var session = Services.GetRequiredService<DbSession>();
        var machine = Services.GetRequiredService<OrderStateMachine>();

        // The caller read payment_verified earlier in its work; another change has since put the order elsewhere.
        var move = async () =>
        {
            await using var work = await session.BeginWorkAsync();
            await machine.MoveAsync(orderId, OrderField.Status, OrderStatus.InventoryReserved, "Stale.", "test", from: OrderStatus.PaymentVerified);
            await work.CompleteAsync();
        };

        (await move.Should().ThrowAsync<OrderTransitionException>()).WithMessage("*changed concurrently*");
        var order = (await Services.GetRequiredService<OrderReader>().GetAsync(orderId, withHistory: true))!;
        order.Status.Should().Be(OrderStatus.Pending);
        order.Version.Should().Be(1);
        order.History!.Should().ContainSingle();
    }

    [Fact]
    public async Task Complete_FromPending_ThrowsNamingFromAndTo()
    {
        var (orderId, _) = await PlaceAsync();

        var act = () => Orders.CompleteAsync(orderId, "Too early.", "ops");

        var thrown = await act.Should().ThrowAsync<OrderTransitionException>();
        (thrown.Which.From, thrown.Which.To).Should().Be(("pending", "completed"));
        (await HistoryAsync(orderId)).Should().ContainSingle();
    }

    [Fact]
    public async Task ReserveInventory_ReservationExpiredAndReleased_ReservesAgainAndCommits()
    {
        var (orderId, variant) = await PlaceAsync(onHand: 3, quantity: 3);
        await Payments.PaymentVerifiedAsync(orderId, "pay_1", "Approved.");
        Clock.Advance(TimeSpan.FromMinutes(45));
        // Another checkout's reservation attempt releases the expired hold lazily (and finds nothing left for itself).
        await using (var work = await Services.GetRequiredService<DbSession>().BeginWorkAsync())
        {
            (await Services.GetRequiredService<InventoryService>().ReserveAsync(variant, 4, "ord_other")).Should().BeFalse();
            await work.CompleteAsync();
        }
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((3L, 0L));

        var order = await Orders.ReserveInventoryAsync(orderId, "Workflow step.", "workflow");

        order!.Status.Should().Be(OrderStatus.InventoryReserved);
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((0L, 0L));
    }

    [Fact]
    public async Task ReserveInventory_ExpiredAndStockSoldMeanwhile_ThrowsOutOfStockAndChangesNothing()
    {
        var (orderId, variant) = await PlaceAsync(onHand: 3, quantity: 3);
        await Payments.PaymentVerifiedAsync(orderId, "pay_1", "Approved.");
        Clock.Advance(TimeSpan.FromMinutes(45));
        await using (var work = await Services.GetRequiredService<DbSession>().BeginWorkAsync())
        {
            (await Services.GetRequiredService<InventoryService>().ReserveAsync(variant, 2, "ord_other")).Should().BeTrue();
            await work.CompleteAsync();
        }

        var act = () => Orders.ReserveInventoryAsync(orderId, "Workflow step.", "workflow");

        (await act.Should().ThrowAsync<OutOfStockException>()).Which.Sku.Should().Be("MUG-1");
        (await Services.GetRequiredService<OrderReader>().GetAsync(orderId))!.Status.Should().Be(OrderStatus.PaymentVerified);
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((3L, 2L));
    }

    [Fact]
    public async Task Cancel_AfterReserveInventory_RestocksOnHand()
    {
        var (orderId, variant) = await PlaceAsync(onHand: 10, quantity: 4);
        await Payments.PaymentVerifiedAsync(orderId, "pay_1", "Approved.");
        await Orders.ReserveInventoryAsync(orderId, "Step.", "workflow");

        var order = await Orders.CancelAsync(orderId, "Customer changed their mind.", "ops");

        order!.Status.Should().Be(OrderStatus.Cancelled);
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((10L, 0L));
    }

    [Fact]
    public async Task PaymentFailed_Pending_FailsOrderAndReleasesStock()
    {
        var (orderId, variant) = await PlaceAsync(onHand: 10, quantity: 4);

        await Payments.PaymentFailedAsync(orderId, "pay_1", "Declined.");

        var info = await Payments.GetAsync(orderId);
        (info!.Status, info.PaymentStatus).Should().Be(("failed", "failed"));
        (await CatalogSeed.LevelsAsync(Services, variant)).Should().Be((10L, 0L));
    }

    [Fact]
    public async Task PaymentRefunded_PartThenRest_MovesToPartiallyRefundedThenRefunded()
    {
        var (orderId, _) = await PlaceAsync(quantity: 2);
        await Payments.PaymentVerifiedAsync(orderId, "pay_1", "Approved.");

        await Payments.PaymentRefundedAsync(orderId, "pay_1", 500, "Partial.");
        var partial = (await Payments.GetAsync(orderId))!.PaymentStatus;
        await Payments.PaymentRefundedAsync(orderId, "pay_1", 2000, "Rest.");

        partial.Should().Be(PaymentStatus.PartiallyRefunded);
        (await Payments.GetAsync(orderId))!.PaymentStatus.Should().Be(PaymentStatus.Refunded);
    }
}

public sealed class SqliteOrderServiceTests : OrderServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrderServiceTests : OrderServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
