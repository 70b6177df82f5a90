namespace OrchardCommerce.Daemon.Tests;

/// <summary>An asynchronous payment whose callback never comes: the process's timer cancels the order.</summary>
public sealed class PaymentTimeoutTests(ShortPaymentTimeoutHost host) : IClassFixture<ShortPaymentTimeoutHost>
{
    [Fact]
    public async Task AsynchronousPayment_NoCallbackWithinTimeout_OrderCancelledStockReleased()
    {
        var before = await host.StockAsync();
        var orderId = await host.PlaceOrderAsync("tok_async");

        var order = await host.WaitForOrderAsync(orderId, o => (string)o["status"]! is "cancelled" or "completed");

        ((string)order["status"]!).Should().Be("cancelled");
        (await host.StockAsync()).Should().Be(before);
    }
}
