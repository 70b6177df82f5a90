using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class AwaitCompletionTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("one-task.bpmn", "script-gateway.bpmn");
        await _harness.Engine.DeployAsync([Bpmn.Resource("calc.bpmn", Bpmn.Around(
            """<bpmn:scriptTask id="x"><bpmn:extensionElements><zeebe:script expression="=a + b" resultVariable="sum" /></bpmn:extensionElements></bpmn:scriptTask>"""))]);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AwaitCompletion_ProcessWithoutWaitStates_ReturnsResultVariables()
    {
        // Act
        var created = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = "p", Variables = new() { ["a"] = 2, ["b"] = 3 }, AwaitCompletion = true,
        });

        // Assert
        created.Variables.ToJsonString().Should().Be("""{"a":2,"b":3,"sum":5}""");
    }

    [Fact]
    public async Task AwaitCompletion_WaitsForTheJob_AndFetchesOnlyTheRequestedVariables()
    {
        // Arrange
        var pending = _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = "one-task", Variables = new() { ["orderId"] = "A-1" }, AwaitCompletion = true, FetchVariables = ["status"],
        });
        var job = await _harness.NextJobAsync("work");

        // Act
        await _harness.CompleteAsync(job, """{"status": "done", "noise": 1}""");
        var created = await pending.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        created.ProcessInstanceKey.Should().Be(job.ProcessInstanceKey);
        created.Variables.ToJsonString().Should().Be("""{"status":"done"}""");
    }

    [Fact]
    public async Task AwaitCompletion_NotFinishedInTime_IsDeadlineExceeded()
    {
        // Arrange
        var pending = _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = "one-task", AwaitCompletion = true, RequestTimeout = TimeSpan.FromSeconds(30),
        });
        await _harness.NextJobAsync("work");

        // Act
        var error = await Record.ExceptionAsync(() => _harness.AdvanceUntilAsync(pending, TimeSpan.FromSeconds(31)));

        // Assert
        var rejection = error.Should().BeOfType<WorkflowRejection>().Subject;
        rejection.Kind.Should().Be(RejectionKind.DeadlineExceeded);
        rejection.StatusCode.Should().Be(504);
        rejection.Title.Should().Be("DEADLINE_EXCEEDED");
    }
}
