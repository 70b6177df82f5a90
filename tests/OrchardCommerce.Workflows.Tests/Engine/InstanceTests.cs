using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class InstanceTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("one-task.bpmn", "parallel.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Create_ByDefinitionKey_StartsThatDefinition()
    {
        // Arrange
        var definition = (await _harness.Engine.SearchDefinitionsAsync(new DefinitionQuery { BpmnProcessId = "one-task" })).Items.Single();

        // Act
        var created = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest { ProcessDefinitionKey = definition.ProcessDefinitionKey });

        // Assert
        created.BpmnProcessId.Should().Be("one-task");
        created.Version.Should().Be(1);
        var view = await _harness.InstanceAsync(created.ProcessInstanceKey);
        view.State.Should().Be("ACTIVE");
        view.ProcessDefinitionName.Should().Be("One task");
        view.StartDate.Should().Be(EngineHarness.Start);
        view.TenantId.Should().Be("<default>");
    }

    [Theory]
    [InlineData("missing", null, "Command 'CREATE' rejected with code 'NOT_FOUND': Expected to find process definition with process ID 'missing', but none found")]
    [InlineData("one-task", 9, "Command 'CREATE' rejected with code 'NOT_FOUND': Expected to find process definition with process ID 'one-task' and version '9', but none found")]
    public async Task Create_UnknownProcess_IsNotFoundInZeebeWords(string id, int? version, string detail)
    {
        // Act
        var act = () => _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest { BpmnProcessId = id, Version = version });

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Detail.Should().Be(detail);
    }

    [Fact]
    public async Task Create_WithStartInstructions_StartsBeforeThatElement()
    {
        // Act
        var created = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = "parallel", StartElementIds = ["c"], Variables = new JsonObject { ["x"] = 1 },
        });

        // Assert
        (await _harness.ActivateAsync("a")).Should().BeEmpty();
        (await _harness.NextJobAsync("c")).ProcessInstanceKey.Should().Be(created.ProcessInstanceKey);
    }

    [Fact]
    public async Task Cancel_ActiveInstance_TerminatesItAndItsJobsAreGone()
    {
        // Arrange
        var key = await _harness.CreateAsync("parallel");
        var a = await _harness.NextJobAsync("a");

        // Act
        await _harness.Engine.CancelInstanceAsync(key);

        // Assert
        var view = await _harness.InstanceAsync(key);
        view.State.Should().Be("TERMINATED");
        view.EndDate.Should().Be(EngineHarness.Start);
        var complete = () => _harness.Engine.CompleteJobAsync(a.JobKey, null);
        (await complete.Should().ThrowAsync<WorkflowRejection>()).Which.StatusCode.Should().Be(404);
        (await _harness.ActivateAsync("b")).Should().BeEmpty();
        (await _harness.Engine.SearchJobsAsync(new JobQuery { ProcessInstanceKey = key })).Items.Select(j => j.State).Should().AllBe("CANCELED");
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);
        progress.ActiveElements.Should().BeEmpty();
    }

    [Fact]
    public async Task Cancel_UnknownOrFinishedInstance_IsNotFound()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        await _harness.Engine.CancelInstanceAsync(key);

        // Act
        var act = () => _harness.Engine.CancelInstanceAsync(key);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Detail.Should().Be(
            $"Command 'CANCEL' rejected with code 'NOT_FOUND': Expected to cancel a process instance with key '{key}', but no such process was found");
    }

    [Fact]
    public async Task Progress_ActiveInstance_ShowsActiveAndCompletedElementsAndFlows()
    {
        // Arrange
        var key = await _harness.CreateAsync("parallel");
        await _harness.CompleteAsync(await _harness.NextJobAsync("a"));

        // Act
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);

        // Assert
        progress.State.Should().Be("ACTIVE");
        progress.ActiveElements.Should().Equal(new Dictionary<string, int> { ["b"] = 1 });
        progress.CompletedElements.Keys.Should().BeEquivalentTo(["start", "fork", "a"]);
        progress.TakenSequenceFlows.Should().BeEquivalentTo(["f1", "toA", "toB", "fromA"]);
    }

    [Fact]
    public async Task InstanceChanged_RaisedAfterCommit_ForEnteredAndCompletedElements()
    {
        // Arrange
        var changes = new List<InstanceChange>();
        _harness.Engine.InstanceChanged += change => { lock (changes) changes.Add(change); };

        // Act
        var key = await _harness.CreateAsync("one-task");
        await _harness.CompleteAsync(await _harness.NextJobAsync("work"));

        // Assert
        lock (changes)
        {
            changes.Should().OnlyContain(c => c.ProcessInstanceKey == key);
            changes.Select(c => $"{c.ElementId}:{c.Kind}").Should().Equal(
                "one-task:ElementActivated", "start:ElementActivated", "start:ElementCompleted", "work:ElementActivated",
                "work:ElementCompleted", "end:ElementActivated", "end:ElementCompleted", "one-task:ElementCompleted");
        }
    }
}
