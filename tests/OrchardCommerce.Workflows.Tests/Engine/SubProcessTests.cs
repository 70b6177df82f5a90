using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class SubProcessTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("subprocess.bpmn", "terminate.bpmn", "event-subprocess.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task EmbeddedSubprocess_InputMappingsStayInItsScope_OutputMappingsLeaveIt()
    {
        // Arrange
        var key = await _harness.CreateAsync("subprocess", """{"items": [1, 2, 3]}""");
        var pack = await _harness.NextJobAsync("pack");

        // Act
        await _harness.CompleteAsync(pack, """{"packageId": "P-1"}""");
        var after = await _harness.NextJobAsync("after");

        // Assert
        pack.Variables["itemCount"]!.GetValue<int>().Should().Be(3);
        after.Variables["packageId"]!.GetValue<string>().Should().Be("P-1");
        var root = await _harness.VariablesAsync(key);
        root.Should().ContainKey("packageId").And.NotContainKey("itemCount");
    }

    [Fact]
    public async Task TerminateEndEvent_EndsTheOtherBranchesAndCompletesTheInstance()
    {
        // Arrange
        var key = await _harness.CreateAsync("terminate");
        var slow = await _harness.NextJobAsync("slow");

        // Act
        await _harness.CompleteAsync(await _harness.NextJobAsync("fast"));

        // Assert
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
        (await Record.ExceptionAsync(() => _harness.CompleteAsync(slow))).Should().BeOfType<WorkflowRejection>();
        (await _harness.Engine.SearchJobsAsync(new JobQuery { JobKey = slow.JobKey })).Items.Single().State.Should().Be("CANCELED");
    }

    [Fact]
    public async Task MessageEventSubprocess_Interrupting_TerminatesTheMainFlow()
    {
        // Arrange
        var key = await _harness.CreateAsync("event-subprocess", """{"orderId": "A-1"}""");
        var work = await _harness.NextJobAsync("work");

        // Act
        await _harness.Engine.PublishMessageAsync(new PublishMessageRequest { Name = "abort", CorrelationKey = "A-1" });
        await _harness.CompleteAsync(await _harness.NextJobAsync("aborted"));

        // Assert
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
        (await Record.ExceptionAsync(() => _harness.CompleteAsync(work))).Should().BeOfType<WorkflowRejection>();
    }

    [Fact]
    public async Task TimerEventSubprocess_NonInterrupting_RunsBesideTheMainFlowWhichStillFinishes()
    {
        // Arrange
        var key = await _harness.CreateAsync("event-subprocess", """{"orderId": "A-1"}""");
        var work = await _harness.NextJobAsync("work");

        // Act
        _harness.Time.Advance(TimeSpan.FromMinutes(30));
        var chase = await _harness.NextJobAsync("chase");
        await _harness.CompleteAsync(work);
        var whileChasing = await _harness.InstanceAsync(key);
        await _harness.CompleteAsync(chase);

        // Assert
        whileChasing.State.Should().Be("ACTIVE");
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }
}
