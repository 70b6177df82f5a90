using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class VariableTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("mappings.bpmn", "one-task.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task InputMappings_CreateLocalsInOrder_VisibleToTheJobOnly()
    {
        // Arrange
        var key = await _harness.CreateAsync("mappings", """{"order": {"id": "A-7"}}""");

        // Act
        var job = await _harness.NextJobAsync("price");

        // Assert
        job.Variables["orderId"]!.GetValue<string>().Should().Be("A-7");
        job.Variables["ref"]!.GetValue<string>().Should().Be("A-7-x");
        job.Variables["settings"]!.ToJsonString().Should().Be("""{"factor":2}""");
        (await _harness.VariablesAsync(key)).Keys.Should().Equal("order");
    }

    [Fact]
    public async Task OutputMappings_KeepResultsLocal_AndMergeOnlyTargets()
    {
        // Arrange
        var key = await _harness.CreateAsync("mappings", """{"order": {"id": "A-7"}}""");
        var job = await _harness.NextJobAsync("price");

        // Act
        await _harness.CompleteAsync(job, """{"result": 21}""");

        // Assert
        var variables = await _harness.VariablesAsync(key);
        variables.Should().NotContainKey("result");
        variables.Should().NotContainKey("orderId");
        variables["doubled"].Should().Be("42");
        variables["order"].Should().Be("""{"id":"A-7","status":"priced"}""");
    }

    [Fact]
    public async Task OutputMapping_ResultOfWrongType_MapsNullAsFeelDoes()
    {
        // Arrange
        var key = await _harness.CreateAsync("mappings", """{"order": {"id": "A-7"}}""");
        var job = await _harness.NextJobAsync("price");

        // Act
        await _harness.CompleteAsync(job, """{"result": "not a number"}""");

        // Assert: "not a number" * 2 is null in FEEL, so the mapping succeeds with null (no incident).
        (await _harness.VariablesAsync(key))["doubled"].Should().Be("null");
    }

    [Fact]
    public async Task SetVariables_Propagating_UpdatesTheNearestScopeThatHasIt()
    {
        // Arrange
        var key = await _harness.CreateAsync("mappings", """{"order": {"id": "A-7"}}""");
        var job = await _harness.NextJobAsync("price");

        // Act
        await _harness.Engine.SetVariablesAsync(job.ElementInstanceKey, new JsonObject { ["orderId"] = "B-1", ["note"] = "new" }, local: false);
        await _harness.Engine.SetVariablesAsync(job.ElementInstanceKey, new JsonObject { ["scratch"] = 1 }, local: true);

        // Assert
        var root = await _harness.VariablesAsync(key);
        root["note"].Should().Be("\"new\"");
        root.Should().NotContainKey("orderId").And.NotContainKey("scratch");
        var local = (await _harness.Engine.SearchVariablesAsync(new VariableQuery { ScopeKey = job.ElementInstanceKey })).Items.ToDictionary(v => v.Name, v => v.Value);
        local["orderId"].Should().Be("\"B-1\"");
        local["scratch"].Should().Be("1");
    }

    [Fact]
    public async Task SetVariables_UnknownScope_IsNotFound()
    {
        // Act
        var act = () => _harness.Engine.SetVariablesAsync(42, new JsonObject { ["a"] = 1 }, false);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Detail.Should().Be(
            "Command 'UPDATE' rejected with code 'NOT_FOUND': Expected to update variables for element with key '42', but no such element was found");
    }

    [Fact]
    public async Task FailJob_WithVariables_SetsThemLocalToTheTask()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        var job = await _harness.NextJobAsync("work");

        // Act
        await _harness.Engine.FailJobAsync(job.JobKey, 1, "retry", TimeSpan.Zero, new JsonObject { ["attempt"] = 1 });
        var again = await _harness.NextJobAsync("work");

        // Assert
        again.Variables["attempt"]!.GetValue<int>().Should().Be(1);
        (await _harness.VariablesAsync(key)).Should().NotContainKey("attempt");
    }

    [Fact]
    public async Task InputMapping_UnknownFunction_RaisesIoMappingIncidentThatResolvesAfterFix()
    {
        // Arrange
        var task = """
            <bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" />
            <zeebe:ioMapping><zeebe:input source="=if ready then 1 else nosuch(1)" target="v" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
            """;
        await _harness.Engine.DeployAsync([Bpmn.Resource("p.bpmn", Bpmn.Around(task))]);
        var key = await _harness.CreateAsync("p", """{"ready": false}""");
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();

        // Act
        await _harness.Engine.SetVariablesAsync(key, new JsonObject { ["ready"] = true }, false);
        await _harness.Engine.ResolveIncidentAsync(incident.IncidentKey);

        // Assert
        incident.ErrorType.Should().Be("IO_MAPPING_ERROR");
        incident.ElementId.Should().Be("x");
        (await _harness.ActivateAsync("t")).Should().ContainSingle().Which.Variables["v"]!.GetValue<int>().Should().Be(1);
    }
}
