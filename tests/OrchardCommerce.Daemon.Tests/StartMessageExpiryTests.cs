namespace OrchardCommerce.Daemon.Tests;

/// <summary>
/// A start job run after its order-placed message left the buffer: the message id no longer guards it, so only asking
/// the order keeps a second instance from starting.
/// </summary>
public sealed class StartMessageExpiryTests(ShortStartMessageHost host) : IClassFixture<ShortStartMessageHost>
{
    [Theory]
    [InlineData(2, 0)] // a retry, soon after checkout
    [InlineData(1, 2)] // a dead letter replayed two days later: it starts again at attempt 1
    public async Task StartJobRunAgain_MessageGone_OrderAskedAndNoSecondInstance(int attempt, int daysSinceCheckout)
    {
        var orderId = await host.PlaceOrderAsync("tok_approve", quantity: 1);
        await host.WaitForOrderAsync(orderId, o => (string)o["status"]! is "completed" or "cancelled" or "failed");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the message's one-second time to live

        await host.RunStartJobAsync(orderId, attempt, DateTime.UtcNow.AddDays(-daysSinceCheckout));

        (await host.InstancesOfAsync(orderId)).Should().Be(1);
    }
}
