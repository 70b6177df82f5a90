using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class ErrorTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("errors.bpmn", "error-scopes.bpmn", "one-task.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ThrowError_MatchingBoundary_TakesItsPathWithMappedErrorVariables()
    {
        // Arrange
        var key = await _harness.CreateAsync("errors");
        var charge = await _harness.NextJobAsync("charge");

        // Act
        await _harness.Engine.ThrowJobErrorAsync(charge.JobKey, "CARD_DECLINED", "insufficient funds", new JsonObject { ["reason"] = "funds", ["raw"] = 51 });

        // Assert
        (await _harness.NextJobAsync("notify")).ProcessInstanceKey.Should().Be(key);
        var variables = await _harness.VariablesAsync(key);
        variables["declineReason"].Should().Be("\"funds\"");
        variables.Should().NotContainKey("raw");
        var job = (await _harness.Engine.SearchJobsAsync(new JobQuery { JobKey = charge.JobKey })).Items.Single();
        job.State.Should().Be("ERROR_THROWN");
        job.ErrorCode.Should().Be("CARD_DECLINED");
    }

    [Fact]
    public async Task ThrowError_CatchAllBoundary_CatchesAnyCode()
    {
        // Arrange
        var key = await _harness.CreateAsync("errors");
        await _harness.CompleteAsync(await _harness.NextJobAsync("charge"));
        var ship = await _harness.NextJobAsync("ship");

        // Act
        await _harness.Engine.ThrowJobErrorAsync(ship.JobKey, "ANYTHING", null, null);

        // Assert
        (await _harness.NextJobAsync("shippingFailed")).ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task ThrowError_NotCaught_RaisesUnhandledErrorIncidentAndResolvingReenablesTheJob()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        var job = await _harness.NextJobAsync("work");

        // Act
        await _harness.Engine.ThrowJobErrorAsync(job.JobKey, "NOPE", "no handler", null);
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();
        await _harness.Engine.ResolveIncidentAsync(incident.IncidentKey);

        // Assert
        incident.ErrorType.Should().Be("UNHANDLED_ERROR_EVENT");
        incident.ErrorMessage.Should().Be("Expected to throw an error event with the code 'NOPE' with message 'no handler', but it was not caught. No error events are available in the scope.");
        incident.JobKey.Should().Be(job.JobKey);
        (await _harness.NextJobAsync("work")).JobKey.Should().Be(job.JobKey);
    }

    [Fact]
    public async Task ErrorEndEventInSubprocess_CaughtByBoundaryOnTheSubprocess()
    {
        // Arrange
        var key = await _harness.CreateAsync("error-scopes");

        // Act
        await _harness.CompleteAsync(await _harness.NextJobAsync("check"), """{"available": false}""");

        // Assert
        (await _harness.NextJobAsync("backorder")).ProcessInstanceKey.Should().Be(key);
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);
        progress.CompletedElements.Should().ContainKey("noStock").And.NotContainKey("reserve");
    }

    [Fact]
    public async Task ThrowError_ErrorEventSubprocess_InterruptsAndRunsTheHandler()
    {
        // Arrange
        var key = await _harness.CreateAsync("error-scopes");
        await _harness.CompleteAsync(await _harness.NextJobAsync("check"), """{"available": true}""");
        var risky = await _harness.NextJobAsync("risky");

        // Act
        await _harness.Engine.ThrowJobErrorAsync(risky.JobKey, "FATAL", "disk on fire", null);
        await _harness.CompleteAsync(await _harness.NextJobAsync("cleanup"));

        // Assert
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);
        progress.State.Should().Be("COMPLETED");
        progress.CompletedElements.Should().ContainKeys("fatalStart", "cleanup", "onFatal").And.NotContainKey("risky");
    }
}
