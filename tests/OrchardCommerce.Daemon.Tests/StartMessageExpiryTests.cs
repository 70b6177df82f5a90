namespace OrchardCommerce.Daemon.Tests;

/// <summary>A start job run after its order-placed message left the buffer: the message id no longer guards it.</summary>
public sealed class StartMessageExpiryTests(ShortStartMessageHost host) : IClassFixture<ShortStartMessageHost>
{
    [Fact]
    public async Task DeadLetterReplayedDaysLater_MessageGone_OrderAskedAndNoSecondInstance()
    {
        var orderId = await host.PlaceOrderAsync("tok_approve", quantity: 1);
        await host.WaitForOrderAsync(orderId, o => (string)o["status"]! is "completed" or "cancelled" or "failed");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the message's one-second time to live

        // A replayed dead letter starts again at attempt 1; its order was placed two days ago.
        await host.RunStartJobAsync(orderId, attempt: 1, DateTime.UtcNow.AddDays(-2));

        (await host.InstancesOfAsync(orderId)).Should().Be(1);
    }
}
