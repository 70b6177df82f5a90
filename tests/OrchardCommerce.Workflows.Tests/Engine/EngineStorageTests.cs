using System.Collections.Concurrent;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>What must hold on every store: state survives a restart, group commit loses nothing, reads see commits.</summary>
public abstract class EngineStorageTests(WorkflowStoreProvider provider) : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync(provider);
        await _harness.DeployAsync("one-task.bpmn", "parallel.bpmn", "script-gateway.bpmn", "timers.bpmn", "messages.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Restart_MidProcessWithActivatedJob_NewEngineContinuesAndCompletes()
    {
        // Arrange
        var key = await _harness.CreateAsync("parallel", """{"orderId": "A-1"}""");
        var a = await _harness.NextJobAsync("a");
        var b = await _harness.NextJobAsync("b", TimeSpan.FromMinutes(1));
        await _harness.CompleteAsync(a, """{"fromA": true}""");

        // Act
        await _harness.RestartAsync();
        var stillHeld = await _harness.ActivateAsync("b");
        await _harness.CompleteAsync(b);
        var c = await _harness.NextJobAsync("c");
        await _harness.CompleteAsync(c);

        // Assert
        stillHeld.Should().BeEmpty();
        c.Variables["fromA"]!.GetValue<bool>().Should().BeTrue();
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Restart_RightAfterActivation_JobStaysHeldByItsWorkerUntilItsDeadline()
    {
        // Arrange: the activation is the instance's last change before the engine stops.
        var key = await _harness.CreateAsync("one-task");
        var held = await _harness.NextJobAsync("work", TimeSpan.FromMinutes(1));

        // Act
        await _harness.RestartAsync();
        var whileHeld = await _harness.ActivateAsync("work");
        var view = (await _harness.Engine.SearchJobsAsync(new JobQuery { JobKey = held.JobKey })).Items.Single();
        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        var again = await _harness.NextJobAsync("work");
        await _harness.CompleteAsync(again);

        // Assert
        whileHeld.Should().BeEmpty();
        view.Worker.Should().Be("test");
        view.Deadline.Should().Be(held.Deadline);
        again.JobKey.Should().Be(held.JobKey);
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Restart_WithWaitingTimerMessageAndBufferedMessage_OverdueTimerFiresAndAllComplete()
    {
        // Arrange
        var timed = await _harness.CreateAsync("timers", """{"delay": "PT10M"}""");
        var waiting = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");
        await _harness.Engine.PublishMessageAsync(new PublishMessageRequest { Name = "payment-received", CorrelationKey = "B-2", TimeToLive = TimeSpan.FromHours(1) });

        // Act: the clock passes the timer while no engine runs.
        await _harness.RestartAsync(() => _harness.Time.Advance(TimeSpan.FromMinutes(15)));
        await _harness.CompleteAsync(await _harness.NextJobAsync("after"));
        await _harness.Engine.PublishMessageAsync(new PublishMessageRequest { Name = "payment-received", CorrelationKey = "A-1" });
        await _harness.CompleteAsync(await _harness.NextJobAsync("ship"));
        var buffered = await _harness.CreateAsync("messages", """{"orderId": "B-2"}""");
        var shipBuffered = await _harness.NextJobAsync("ship");

        // Assert
        (await _harness.InstanceAsync(timed)).State.Should().Be("COMPLETED");
        (await _harness.Engine.GetInstanceProgressAsync(waiting)).ActiveElements.Keys.Should().Equal("delivered");
        shipBuffered.ProcessInstanceKey.Should().Be(buffered);
    }

    [Fact]
    public async Task Restart_KeysContinueWithoutReuse()
    {
        // Arrange
        var before = await _harness.CreateAsync("one-task");

        // Act
        await _harness.RestartAsync();
        var after = await _harness.CreateAsync("one-task");

        // Assert
        after.Should().BeGreaterThan(before);
        (await _harness.NextJobAsync("work")).ProcessInstanceKey.Should().Be(before);
    }

    [Fact]
    public async Task GroupCommit_200ConcurrentInstances_AllCompleteWithUniqueKeys()
    {
        // Arrange
        var keys = new ConcurrentBag<long>();

        // Act
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, _) =>
        {
            var created = await _harness.Engine.CreateInstanceAsync(new CreateInstanceRequest
            {
                BpmnProcessId = "script-gateway", Variables = new() { ["price"] = i, ["qty"] = 1 },
            });
            keys.Add(created.ProcessInstanceKey);
        });
        var jobs = new List<ActivatedJob>();
        foreach (var type in new[] { "big", "small" })
        {
            IReadOnlyList<ActivatedJob> batch;
            while ((batch = await _harness.ActivateAsync(type, 100)).Count > 0)
            {
                jobs.AddRange(batch);
            }
        }

        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (job, _) => await _harness.CompleteAsync(job));

        // Assert
        keys.Should().HaveCount(200).And.OnlyHaveUniqueItems();
        jobs.Select(j => j.JobKey).Concat(keys).Should().OnlyHaveUniqueItems();
        jobs.Should().HaveCount(200);
        jobs.Count(j => j.Type == "big").Should().Be(99);
        (await _harness.Engine.SearchInstancesAsync(new InstanceQuery { State = "COMPLETED", Limit = 1 })).TotalItems.Should().Be(200);
    }

    [Fact]
    public async Task Search_Instances_FiltersAndPagesByKey()
    {
        // Arrange
        var first = await _harness.CreateAsync("one-task");
        var second = await _harness.CreateAsync("one-task");
        await _harness.CreateAsync("parallel");
        await _harness.Engine.CancelInstanceAsync(first);

        // Act
        var active = await _harness.Engine.SearchInstancesAsync(new InstanceQuery { BpmnProcessId = "one-task", State = "ACTIVE" });
        var page = await _harness.Engine.SearchInstancesAsync(new InstanceQuery { From = 1, Limit = 1, Descending = true });

        // Assert
        active.Items.Select(i => i.ProcessInstanceKey).Should().Equal(second);
        page.TotalItems.Should().Be(3);
        page.Items.Single().ProcessInstanceKey.Should().Be(second);
    }

    [Fact]
    public async Task Search_IncidentsAndJobs_ShowStoredViews()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        var job = await _harness.NextJobAsync("work");
        await _harness.Engine.FailJobAsync(job.JobKey, 0, "boom", TimeSpan.Zero, null);

        // Act
        var incidents = await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { BpmnProcessId = "one-task", ErrorType = "JOB_NO_RETRIES" });
        var jobs = await _harness.Engine.SearchJobsAsync(new JobQuery { Type = "work", State = "FAILED" });
        var withIncident = await _harness.Engine.SearchInstancesAsync(new InstanceQuery { HasIncident = true });

        // Assert
        var incident = incidents.Items.Should().ContainSingle().Subject;
        incident.ProcessInstanceKey.Should().Be(key);
        incident.CreationTime.Should().Be(EngineHarness.Start);
        var failed = jobs.Items.Should().ContainSingle().Subject;
        failed.ErrorMessage.Should().Be("boom");
        failed.Retries.Should().Be(0);
        failed.Worker.Should().Be("test");
        failed.CustomHeaders.Should().ContainKey("region");
        withIncident.Items.Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task Search_Definitions_MarksTheLatestVersion()
    {
        // Arrange
        await _harness.Engine.DeployAsync([Bpmn.Resource("one-task.bpmn", Bpmn.Process("one-task", """<bpmn:startEvent id="s" />"""))]);

        // Act
        var latest = await _harness.Engine.SearchDefinitionsAsync(new DefinitionQuery { BpmnProcessId = "one-task", IsLatestVersion = true });
        var all = await _harness.Engine.SearchDefinitionsAsync(new DefinitionQuery { BpmnProcessId = "one-task" });

        // Assert
        latest.Items.Should().ContainSingle().Which.Version.Should().Be(2);
        all.Items.Select(d => (d.Version, d.IsLatestVersion)).Should().Equal((1, false), (2, true));
    }
}
