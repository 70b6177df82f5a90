using System.Text.Json;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Orders;

namespace OrchardCommerce.Daemon.Tests;

public sealed class OrderWorkflowRouteTests
{
    private static readonly CmsTenant Shop = new("shop", "shop.test", null);

    private static CmsFeedEvent Event(string type, string aggregateId, long version, string data = "{}") =>
        new(1, "evt_1", type, type.Split('.')[0], aggregateId, version, DateTime.UtcNow, JsonDocument.Parse(data).RootElement.Clone());

    [Fact]
    public void OrderPlaced_StartsTheOrdersWorkflowWithTheTotalItCarries()
    {
        var jobs = new OrderWorkflowRoute().Route(Shop, Event("order.placed", "ord_1", 1, """{"id":"ord_1","total":3190,"currency":"EUR"}""")).ToList();

        jobs.Should().ContainSingle().Which.Type.Should().Be(OrderWorkflowRoute.StartJob);
        var payload = jobs[0].Payload.Deserialize<StartOrderWorkflow>(JsonSerializerOptions.Web)!;
        (payload.OrderId, payload.Tenant, (long?)payload.Total, payload.Currency).Should().Be(("ord_1", "shop", 3190L, "EUR"));
        payload.PlacedUtc.Should().NotBeNull();
    }

    [Fact]
    public void OrderPlacedWithoutTotal_StartJobLeavesItToTheOrder()
    {
        var payload = new OrderWorkflowRoute().Route(Shop, Event("order.placed", "ord_1", 1)).Single().Payload.Deserialize<StartOrderWorkflow>(JsonSerializerOptions.Web)!;

        (payload.OrderId, payload.Total, payload.Currency).Should().Be(("ord_1", (System.Text.Json.Nodes.JsonNode?)null, (string?)null));
    }

    [Theory]
    [InlineData("payment.confirmed", 1, 0)]
    [InlineData("payment.failed", 1, 0)]
    [InlineData("payment.confirmed", 2, 1)]
    [InlineData("payment.failed", 2, 1)]
    [InlineData("payment.refunded", 3, 0)]
    public void PaymentVerdict_OnlyWhenDecidedAfterCheckout_BecomesAMessageJob(string type, long version, int expected)
    {
        var jobs = new OrderWorkflowRoute().Route(Shop, Event(type, "pay_1", version, """{"orderId":"ord_1"}""")).ToList();

        jobs.Select(j => (j.Type, (string)j.Payload["orderId"]!)).Should().Equal(Enumerable.Repeat((OrderWorkflowRoute.VerdictJob, "ord_1"), expected));
    }
}
