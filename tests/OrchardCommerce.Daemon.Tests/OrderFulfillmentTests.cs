using System.Net;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Tests;

/// <summary>
/// Orders placed through the store API run bpmn/order-fulfillment.bpmn end to end: change feed → durable job →
/// order-placed message → the engine → the daemon's workers → the orders API. No step is driven by the test.
/// </summary>
public sealed class OrderFulfillmentTests(OrderWorkflowHost host) : IClassFixture<OrderWorkflowHost>
{
    private static string Status(JsonObject order) => (string)order["status"]!;

    [Fact]
    public async Task ApprovedPayment_OrderCompletedStockCommittedCustomerNotified()
    {
        var before = await host.StockAsync();
        var orderId = await host.PlaceOrderAsync("tok_approve", quantity: 2);

        var order = await host.WaitForOrderAsync(orderId, o => Status(o) is "completed" or "cancelled" or "failed");

        Status(order).Should().Be("completed");
        order["processInstanceKey"].Should().NotBeNull();
        ((string)order["currentStep"]!).Should().Be("completing order");
        order["history"]!.AsArray().Select(h => ((string)h!["field"]!, (string)h["to"]!))
            .Should().Contain(("notification", "order-confirmation"));
        var after = await host.StockAsync();
        (after.OnHand, after.Reserved).Should().Be((before.OnHand - 2, before.Reserved));
    }

    // A redelivered start job's first run trusts order.placed: the buffered message's id refuses the twin. Runs after
    // the message left the buffer are in StartMessageExpiryTests.
    [Fact]
    public async Task StartJobDeliveredTwice_ForACompletedOrder_NoSecondInstance()
    {
        var orderId = await host.PlaceOrderAsync("tok_approve", quantity: 1);
        await host.WaitForOrderAsync(orderId, o => Status(o) is "completed" or "cancelled" or "failed");

        await host.RunStartJobAsync(orderId, attempt: 1, DateTime.UtcNow);

        (await host.InstancesOfAsync(orderId)).Should().Be(1);
        Status(await host.OrderAsync(orderId)).Should().Be("completed");
    }

    [Fact]
    public async Task DeclinedPayment_OrderCancelledStockReleased()
    {
        var before = await host.StockAsync();
        var orderId = await host.PlaceOrderAsync("tok_decline");

        var order = await host.WaitForOrderAsync(orderId, o => Status(o) == "cancelled");

        ((string)order["paymentStatus"]!).Should().Be("failed");
        (await host.StockAsync()).Should().Be(before);
    }

    [Fact]
    public async Task AsynchronousPayment_CompletesOnlyAfterItsSignedWebhook()
    {
        var orderId = await host.PlaceOrderAsync("tok_async");
        var waiting = await host.WaitForOrderAsync(orderId, o => (string?)o["currentStep"] == "verifying payment"
            && (string)o["paymentStatus"]! == "requires_confirmation");
        // The process now waits for payment-confirmed; nothing moves the order without the gateway's callback.
        var stillWaiting = await host.OrderAsync(orderId);

        var webhook = await host.PaymentWebhookAsync(orderId, confirmed: true);
        var order = await host.WaitForOrderAsync(orderId, o => Status(o) is "completed" or "cancelled");

        Status(waiting).Should().Be("pending");
        Status(stillWaiting).Should().Be("pending");
        webhook.StatusCode.Should().Be(HttpStatusCode.OK);
        Status(order).Should().Be("completed");
    }
}
