using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class TimerTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("timers.bpmn", "boundary-timer.bpmn", "event-gateway.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task AdvanceAsync(TimeSpan by)
    {
        _harness.Time.Advance(by);
        await Task.Delay(50);
    }

    [Fact]
    public async Task IntermediateTimer_FiresAtItsDurationAndNotBefore()
    {
        // Arrange
        var key = await _harness.CreateAsync("timers", """{"delay": "PT10M"}""");

        // Act
        await AdvanceAsync(TimeSpan.FromMinutes(9));
        var early = await _harness.ActivateAsync("after");
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        var due = await _harness.NextJobAsync("after");

        // Assert
        early.Should().BeEmpty();
        due.ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task IntermediateTimer_ExpressionNotADuration_RaisesIncident()
    {
        // Act
        var key = await _harness.CreateAsync("timers", """{"delay": 5}""");

        // Assert
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();
        incident.ErrorType.Should().Be("EXTRACT_VALUE_ERROR");
        incident.ElementId.Should().Be("wait");
    }

    [Fact]
    public async Task BoundaryTimer_Interrupting_CancelsTheTaskAndTakesTheBoundaryPath()
    {
        // Arrange
        var key = await _harness.CreateAsync("boundary-timer");
        var slow = await _harness.NextJobAsync("slow", TimeSpan.FromHours(2));

        // Act
        await AdvanceAsync(TimeSpan.FromHours(1));
        var escalate = await _harness.NextJobAsync("escalate");

        // Assert
        escalate.ProcessInstanceKey.Should().Be(key);
        (await Record.ExceptionAsync(() => _harness.CompleteAsync(slow))).Should().BeOfType<WorkflowRejection>()
            .Which.Kind.Should().Be(RejectionKind.NotFound);
    }

    [Fact]
    public async Task BoundaryTimer_NonInterruptingCycle_FiresEachRepetitionWhileTheTaskWaits()
    {
        // Arrange
        var key = await _harness.CreateAsync("boundary-timer");

        // Act
        await AdvanceAsync(TimeSpan.FromMinutes(10));
        var first = await _harness.NextJobAsync("remind", TimeSpan.FromDays(1));
        await AdvanceAsync(TimeSpan.FromMinutes(10));
        var second = await _harness.NextJobAsync("remind", TimeSpan.FromDays(1));
        await AdvanceAsync(TimeSpan.FromMinutes(10));
        var third = await _harness.ActivateAsync("remind");

        // Assert
        first.ProcessInstanceKey.Should().Be(key);
        second.JobKey.Should().NotBe(first.JobKey);
        third.Should().BeEmpty();
        (await _harness.ActivateAsync("slow")).Should().ContainSingle();
    }

    [Fact]
    public async Task BoundaryTimers_TaskCompletedFirst_AreCancelled()
    {
        // Arrange
        var key = await _harness.CreateAsync("boundary-timer");
        await _harness.CompleteAsync(await _harness.NextJobAsync("slow"));

        // Act
        await AdvanceAsync(TimeSpan.FromHours(2));

        // Assert
        (await _harness.ActivateAsync("escalate")).Should().BeEmpty();
        (await _harness.ActivateAsync("remind")).Should().BeEmpty();
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task EventBasedGateway_MessageFirst_TimerPathIsNotTaken()
    {
        // Arrange
        var key = await _harness.CreateAsync("event-gateway", """{"requestId": "R-1"}""");

        // Act
        await _harness.Engine.PublishMessageAsync(new PublishMessageRequest { Name = "approved", CorrelationKey = "R-1" });
        await AdvanceAsync(TimeSpan.FromHours(2));

        // Assert
        (await _harness.NextJobAsync("ok")).ProcessInstanceKey.Should().Be(key);
        (await _harness.ActivateAsync("late")).Should().BeEmpty();
        (await _harness.Engine.GetInstanceProgressAsync(key)).TakenSequenceFlows.Should().Contain("toOk").And.NotContain("toLate");
    }

    [Fact]
    public async Task EventBasedGateway_TimerFirst_MessageIsNoLongerAwaited()
    {
        // Arrange
        await _harness.CreateAsync("event-gateway", """{"requestId": "R-1"}""");

        // Act
        await AdvanceAsync(TimeSpan.FromHours(1));
        await _harness.NextJobAsync("late");
        var correlate = await Record.ExceptionAsync(() => _harness.Engine.CorrelateMessageAsync("approved", "R-1", null));

        // Assert
        correlate.Should().BeOfType<WorkflowRejection>().Which.Kind.Should().Be(RejectionKind.NotFound);
    }
}
