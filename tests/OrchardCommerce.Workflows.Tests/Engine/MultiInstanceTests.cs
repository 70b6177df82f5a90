using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class MultiInstanceTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("multi-instance.bpmn", "multi-instance-race.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Parallel_OneInstancePerItem_CollectsOutputsInItemOrder()
    {
        // Arrange
        var key = await _harness.CreateAsync("multi-instance", """{"items": ["a", "b", "c"], "reviewers": []}""");

        // Act
        var jobs = await _harness.ActivateAsync("price");
        foreach (var job in jobs.OrderByDescending(j => j.Variables["loopCounter"]!.GetValue<int>()))
        {
            await _harness.CompleteAsync(job, $$"""{"price": "{{job.Variables["item"]!.GetValue<string>()}}-{{job.Variables["loopCounter"]}}"}""");
        }

        // Assert
        jobs.Select(j => j.Variables["item"]!.GetValue<string>()).Should().BeEquivalentTo(["a", "b", "c"]);
        (await _harness.VariablesAsync(key))["prices"].Should().Be("""["a-1","b-2","c-3"]""");
        (await _harness.NextJobAsync("done")).ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task Parallel_EmptyCollection_CompletesAtOnceWithEmptyOutput()
    {
        // Act
        var key = await _harness.CreateAsync("multi-instance", """{"items": [], "reviewers": []}""");

        // Assert
        (await _harness.NextJobAsync("done")).ProcessInstanceKey.Should().Be(key);
        (await _harness.VariablesAsync(key))["prices"].Should().Be("[]");
    }

    [Fact]
    public async Task Sequential_OneAtATime_StopsWhenTheCompletionConditionHolds()
    {
        // Arrange
        var key = await _harness.CreateAsync("multi-instance", """{"items": [], "reviewers": ["ann", "bob", "cy"]}""");

        // Act
        var first = await _harness.ActivateAsync("review");
        await _harness.CompleteAsync(first.Single(), """{"verdict": "ok"}""");
        var second = await _harness.ActivateAsync("review");
        await _harness.CompleteAsync(second.Single(), """{"verdict": "meh"}""");

        // Assert
        first.Single().Variables["reviewer"]!.GetValue<string>().Should().Be("ann");
        second.Single().Variables["reviewer"]!.GetValue<string>().Should().Be("bob");
        second.Single().Variables["loopCounter"]!.GetValue<int>().Should().Be(2);
        (await _harness.ActivateAsync("review")).Should().BeEmpty();
        (await _harness.VariablesAsync(key))["verdicts"].Should().Be("""["ok","meh",null]""");
        await _harness.NextJobAsync("done");
    }

    [Fact]
    public async Task Parallel_CompletionCondition_TerminatesTheRemainingInstances()
    {
        // Arrange
        var key = await _harness.CreateAsync("multi-instance-race", """{"suppliers": ["s1", "s2", "s3", "s4"]}""");
        var jobs = await _harness.ActivateAsync("quote");

        // Act
        await _harness.CompleteAsync(jobs[0], """{"quote": 10}""");
        await _harness.CompleteAsync(jobs[1], """{"quote": 12}""");

        // Assert
        jobs.Should().HaveCount(4);
        (await Record.ExceptionAsync(() => _harness.CompleteAsync(jobs[2]))).Should().BeOfType<WorkflowRejection>();
        (await _harness.NextJobAsync("pick")).Variables["quotes"]!.ToJsonString().Should().Be("[10,12,null,null]");
        (await _harness.Engine.GetInstanceProgressAsync(key)).CompletedElements["quote"].Should().Be(2);
    }

    [Fact]
    public async Task InputCollectionNotAList_RaisesExtractValueIncident()
    {
        // Act
        var key = await _harness.CreateAsync("multi-instance", """{"items": "abc"}""");

        // Assert
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();
        incident.ErrorType.Should().Be("EXTRACT_VALUE_ERROR");
        incident.ErrorMessage.Should().Be("Expected result of the expression 'items' to be 'ARRAY', but was 'STRING'.");
    }
}
