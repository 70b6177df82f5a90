using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>
/// The repo's bpmn/ folder, deployed as the daemon deploys it at start (one deployment, all or nothing), and each
/// process run through its paths with this test as every worker, user and message sender.
/// </summary>
public sealed class BundledProcessesTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await DeployFolderAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<DeploymentResult> DeployFolderAsync() => _harness.Engine.DeployAsync(
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "bpmn"), "*.bpmn").Order(StringComparer.Ordinal)
            .Select(path => new DeploymentResource(Path.GetFileName(path), File.ReadAllBytes(path))).ToList());

    private WorkflowEngine Engine => _harness.Engine;

    private async Task<UserTaskView> UserTaskAsync(long instance, string elementId) =>
        (await EngineHarness.EventuallyAsync(
            () => Engine.SearchUserTasksAsync(new UserTaskQuery { ProcessInstanceKey = instance, ElementId = elementId, State = "CREATED" }),
            page => page.Items.Count > 0, $"user task {elementId}")).Items[0];

    [Fact]
    public async Task Deploy_BpmnFolder_EveryProcessAccepted()
    {
        // Act
        var result = await DeployFolderAsync();

        // Assert
        result.Processes.Select(p => p.BpmnProcessId).Should()
            .BeEquivalentTo("marketplace-order", "order-fulfillment", "return-request", "subscription-dunning");
    }

    [Fact]
    public async Task OrderFulfillment_NotificationFails_StockReleasedByCompensationThenCancelled()
    {
        // Arrange
        var instance = await _harness.CreateAsync("order-fulfillment", """{"tenant":"acme","orderId":"o-1","total":100,"currency":"EUR"}""");
        await _harness.CompleteAsync(await _harness.NextJobAsync("order.verify-payment"), """{"paymentStatus":"confirmed"}""");
        await _harness.CompleteAsync(await _harness.NextJobAsync("order.reserve-inventory"));

        // Act
        await Engine.ThrowJobErrorAsync((await _harness.NextJobAsync("order.notify")).JobKey, "notification-failed", "No such mailbox", null);
        var release = await _harness.NextJobAsync("order.release-inventory");
        await _harness.CompleteAsync(release);
        await _harness.CompleteAsync(await _harness.NextJobAsync("order.cancel"));

        // Assert
        ((string)release.Variables["orderId"]!).Should().Be("o-1");
        (await _harness.WaitForStateAsync(instance, "COMPLETED")).HasIncident.Should().BeFalse();
        (await _harness.ActivateAsync("order.complete")).Should().BeEmpty();
    }

    [Fact]
    public async Task MarketplaceOrder_TwoVendorsShip_PayoutsSettledWithEachVendorsStatus()
    {
        // Arrange
        var instance = await _harness.CreateAsync("marketplace-order", """{"tenant":"acme","orderId":"m-1","vendors":[{"id":"v1"},{"id":"v2"}]}""");
        var notified = await EngineHarness.EventuallyAsync(() => _harness.ActivateAsync("marketplace.notify-vendor"), j => j.Count == 2, "two vendor jobs");

        // Act
        foreach (var job in notified) await _harness.CompleteAsync(job);
        foreach (var (vendor, status) in new[] { ("v2", "shipped"), ("v1", "partially-shipped") })
            await Engine.PublishMessageAsync(new PublishMessageRequest
            {
                Name = "vendor-shipped", CorrelationKey = $"m-1:{vendor}", TimeToLive = TimeSpan.FromMinutes(1),
                Variables = new JsonObject { ["shipmentStatus"] = status },
            });
        var settle = await _harness.NextJobAsync("marketplace.settle-payouts");
        await _harness.CompleteAsync(settle);

        // Assert
        notified.Select(j => (string)j.Variables["vendor"]!["id"]!).Should().BeEquivalentTo("v1", "v2");
        settle.Variables["vendorResults"]!.ToJsonString().Should()
            .Be("""[{"vendor":"v1","status":"partially-shipped"},{"vendor":"v2","status":"shipped"}]""");
        await _harness.WaitForStateAsync(instance, "COMPLETED");
    }

    [Fact]
    public async Task SubscriptionDunning_ChargesFailUntilMaxAttempts_RetriedOnTimersThenSuspended()
    {
        // Arrange
        var instance = await _harness.CreateAsync("subscription-dunning", """{"tenant":"acme","subscriptionId":"s-1","maxAttempts":2}""");

        // Act
        await _harness.CompleteAsync(await _harness.NextJobAsync("subscription.charge"), """{"chargeStatus":"failed"}""");
        var retry = await _harness.AdvanceUntilAsync(_harness.NextJobAsync("subscription.charge"), TimeSpan.FromMinutes(20));
        await _harness.CompleteAsync(retry, """{"chargeStatus":"failed"}""");
        var suspend = await _harness.NextJobAsync("subscription.suspend");
        await _harness.CompleteAsync(suspend);

        // Assert
        ((int)retry.Variables["attempt"]!).Should().Be(1);
        ((int)suspend.Variables["attempt"]!).Should().Be(2);
        await _harness.WaitForStateAsync(instance, "COMPLETED");
    }

    [Fact]
    public async Task ReturnRequest_HighRiskApprovedButRefundFails_ReviewedThenRefundedByHand()
    {
        // Arrange
        var instance = await _harness.CreateAsync("return-request", """{"tenant":"acme","returnId":"r-1","orderId":"o-9"}""");
        await _harness.CompleteAsync(await _harness.NextJobAsync("return.fraud-check"), """{"riskScore":85}""");

        // Act
        var review = await UserTaskAsync(instance, "review-return");
        await Engine.CompleteUserTaskAsync(review.UserTaskKey, new JsonObject { ["approved"] = true });
        await Engine.ThrowJobErrorAsync((await _harness.NextJobAsync("return.refund")).JobKey, "refund-failed", "Card expired", null);
        var manual = await UserTaskAsync(instance, "manual-refund");
        await Engine.CompleteUserTaskAsync(manual.UserTaskKey, null);

        // Assert
        review.CandidateGroups.Should().Equal("support");
        manual.CandidateGroups.Should().Equal("finance");
        await _harness.WaitForStateAsync(instance, "COMPLETED");
        (await _harness.ActivateAsync("return.notify-rejected")).Should().BeEmpty();
    }
}
