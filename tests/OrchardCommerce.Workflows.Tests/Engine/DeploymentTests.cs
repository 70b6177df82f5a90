using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class DeploymentTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await EngineHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Deploy_NewProcess_CreatesVersionOneWithZeebeKeys()
    {
        // Act
        var result = await _harness.DeployAsync("one-task.bpmn");

        // Assert
        result.DeploymentKey.Should().Be(WorkflowConstants.FirstKey);
        result.Processes.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new DeployedProcess("one-task", 1, WorkflowConstants.FirstKey + 1, "one-task.bpmn"));
    }

    [Fact]
    public async Task Deploy_SameResourceTwice_KeepsVersionAndKey()
    {
        // Arrange
        var first = await _harness.DeployAsync("one-task.bpmn");

        // Act
        var second = await _harness.DeployAsync("one-task.bpmn");

        // Assert
        second.Processes[0].Should().Be(first.Processes[0]);
        second.DeploymentKey.Should().BeGreaterThan(first.DeploymentKey);
    }

    [Fact]
    public async Task Deploy_UnchangedResource_ItsDeploymentKeyIsNotReusedAfterRestart()
    {
        // Arrange
        await _harness.DeployAsync("one-task.bpmn");
        var again = await _harness.DeployAsync("one-task.bpmn");

        // Act
        await _harness.RestartAsync();
        var key = await _harness.CreateAsync("one-task");

        // Assert
        key.Should().BeGreaterThan(again.DeploymentKey);
    }

    [Fact]
    public async Task Deploy_ChangedResource_CreatesNextVersionThatNewInstancesUse()
    {
        // Arrange
        await _harness.Engine.DeployAsync([Bpmn.Resource("p.bpmn", Bpmn.Around(Bpmn.Task("x", "one")))]);

        // Act
        var second = await _harness.Engine.DeployAsync([Bpmn.Resource("p.bpmn", Bpmn.Around(Bpmn.Task("x", "two")))]);
        var instance = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest { BpmnProcessId = "p" });
        var old = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest { BpmnProcessId = "p", Version = 1 });

        // Assert
        second.Processes[0].Version.Should().Be(2);
        instance.Version.Should().Be(2);
        (await _harness.ActivateAsync("two")).Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(instance.ProcessInstanceKey);
        (await _harness.ActivateAsync("one")).Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(old.ProcessInstanceKey);
    }

    [Fact]
    public async Task Deploy_ModelerFileWithDiagram_IsAcceptedAndRuns()
    {
        // Arrange
        await _harness.DeployAsync("modeler-order.bpmn");
        var key = await _harness.CreateAsync("modeler-order", """{"orderId": "A-1"}""");

        // Act
        var job = await _harness.NextJobAsync("payments.verify-payment");
        await _harness.CompleteAsync(job, """{"paid": true}""");

        // Assert
        job.Retries.Should().Be(5);
        job.Variables["paymentOrderId"]!.GetValue<string>().Should().Be("A-1");
        var progress = await _harness.Engine.GetInstanceProgressAsync(key);
        progress.State.Should().Be("COMPLETED");
        progress.CompletedElements.Keys.Should().Contain(["StartEvent_1", "Activity_Verify", "Gateway_Paid", "Event_Done"]);
        progress.TakenSequenceFlows.Should().Equal("Flow_1", "Flow_2", "Flow_Yes");
    }

    [Fact]
    public async Task GetDefinitionXml_Deployed_ReturnsTheFileAsDeployed()
    {
        // Arrange
        var result = await _harness.DeployAsync("modeler-order.bpmn");

        // Act
        var xml = await _harness.Engine.GetDefinitionXmlAsync(result.Processes[0].ProcessDefinitionKey);

        // Assert
        xml.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Processes", "modeler-order.bpmn")));
    }

    [Fact]
    public async Task Deploy_NoResources_IsRejected()
    {
        // Act
        var act = () => _harness.Engine.DeployAsync([]);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Kind.Should().Be(RejectionKind.InvalidArgument);
    }
}
