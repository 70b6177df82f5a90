namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class CompensationTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("compensation.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CompensationThrow_AfterLaterFailure_RunsHandlersInReverseCompletionOrderThenContinues()
    {
        // Arrange
        var key = await _harness.CreateAsync("compensation", """{"orderId": "A-1"}""");
        await _harness.CompleteAsync(await _harness.NextJobAsync("charge"), """{"chargeId": "C-1"}""");
        await _harness.CompleteAsync(await _harness.NextJobAsync("reserve"));
        var ship = await _harness.NextJobAsync("ship");

        // Act
        await _harness.Engine.ThrowJobErrorAsync(ship.JobKey, "CARRIER_DOWN", null, null);
        var refundFirst = await _harness.ActivateAsync("refund");
        var release = await _harness.NextJobAsync("release");
        await _harness.CompleteAsync(release);
        var notifyEarly = await _harness.ActivateAsync("notify");
        var refund = await _harness.NextJobAsync("refund");
        await _harness.CompleteAsync(refund);

        // Assert
        refundFirst.Should().BeEmpty();
        notifyEarly.Should().BeEmpty();
        refund.Variables["chargeId"]!.GetValue<string>().Should().Be("C-1");
        await _harness.CompleteAsync(await _harness.NextJobAsync("notify"));
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);
        progress.State.Should().Be("COMPLETED");
        progress.CompletedElements.Should().ContainKeys("release", "refund", "undo", "endFailed");
    }

    [Fact]
    public async Task CompensationThrow_OnlyCompletedActivitiesAreCompensated()
    {
        // Arrange
        await _harness.CreateAsync("compensation");
        await _harness.CompleteAsync(await _harness.NextJobAsync("charge"));
        var reserve = await _harness.NextJobAsync("reserve");

        // Act: reserve fails without completing, so only charge has something to undo.
        await _harness.Engine.FailJobAsync(reserve.JobKey, 0, "no stock", TimeSpan.Zero, null);
        var release = await _harness.ActivateAsync("release");

        // Assert
        release.Should().BeEmpty();
        (await _harness.ActivateAsync("refund")).Should().BeEmpty();
    }
}
