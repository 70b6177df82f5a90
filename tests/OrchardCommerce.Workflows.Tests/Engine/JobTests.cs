using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class JobTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("one-task.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Activate_CreatedJob_HandsItOutWithAllFields()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task", """{"orderId": "A-1", "total": 12.5}""");

        // Act
        var jobs = await _harness.ActivateAsync("work", timeout: TimeSpan.FromSeconds(30));

        // Assert
        var job = jobs.Should().ContainSingle().Subject;
        job.Type.Should().Be("work");
        job.BpmnProcessId.Should().Be("one-task");
        job.Version.Should().Be(1);
        job.ProcessInstanceKey.Should().Be(key);
        job.ElementId.Should().Be("work");
        job.Retries.Should().Be(3);
        job.Worker.Should().Be("test");
        job.Kind.Should().Be("BPMN_ELEMENT");
        job.Deadline.Should().Be(EngineHarness.Start.AddSeconds(30));
        job.CustomHeaders.Should().Equal(new Dictionary<string, string> { ["region"] = "eu" });
        job.Variables.ToJsonString().Should().Be("""{"orderId":"A-1","total":12.5}""");
    }

    [Fact]
    public async Task Activate_AlreadyActivatedJob_IsNotHandedOutTwice()
    {
        // Arrange
        await _harness.CreateAsync("one-task");
        await _harness.ActivateAsync("work");

        // Act
        var second = await _harness.ActivateAsync("work");

        // Assert
        second.Should().BeEmpty();
    }

    [Fact]
    public async Task Activate_MoreWaitingThanAskedFor_OldestFirstSkippingCancelledAndTheRestLater()
    {
        // Arrange: five waiting jobs, the second one's instance cancelled.
        var keys = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            keys.Add(await _harness.CreateAsync("one-task"));
        }

        await _harness.Engine.CancelInstanceAsync(keys[1]);

        // Act
        var first = await _harness.ActivateAsync("work", max: 2);
        var rest = await _harness.ActivateAsync("work", max: 10);
        var none = await _harness.ActivateAsync("work", max: 10);

        // Assert
        first.Select(j => j.ProcessInstanceKey).Should().Equal(keys[0], keys[2]);
        rest.Select(j => j.ProcessInstanceKey).Should().Equal(keys[3], keys[4]);
        none.Should().BeEmpty();
    }

    [Fact]
    public async Task Activate_FetchVariables_ReturnsOnlyThose()
    {
        // Arrange
        await _harness.CreateAsync("one-task", """{"a": 1, "b": 2}""");

        // Act
        var jobs = await _harness.Engine.ActivateJobsAsync(new ActivateJobsRequest
        {
            Type = "work", Timeout = TimeSpan.FromMinutes(1), FetchVariables = ["b"], RequestTimeout = TimeSpan.FromMilliseconds(-1),
        });

        // Assert
        jobs[0].Variables.ToJsonString().Should().Be("""{"b":2}""");
    }

    [Fact]
    public async Task Activate_AfterDeadline_JobIsActivatableAgainWithSameRetries()
    {
        // Arrange
        await _harness.CreateAsync("one-task");
        var first = (await _harness.ActivateAsync("work", timeout: TimeSpan.FromSeconds(10)))[0];

        // Act
        _harness.Time.Advance(TimeSpan.FromSeconds(11));
        var timedOut = await EngineHarness.EventuallyAsync(
            () => _harness.Engine.SearchJobsAsync(new JobQuery { JobKey = first.JobKey }), p => p.Items[0].State == "TIMED_OUT", "the job to time out");
        var again = await _harness.NextJobAsync("work");

        // Assert
        timedOut.Items[0].Retries.Should().Be(3);
        again.JobKey.Should().Be(first.JobKey);
        again.Retries.Should().Be(3);
    }

    [Fact]
    public async Task Complete_ActivatedJob_CompletesInstanceWithVariables()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task", """{"orderId": "A-1"}""");
        var job = (await _harness.ActivateAsync("work"))[0];

        // Act
        await _harness.CompleteAsync(job, """{"paid": true}""");

        // Assert
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
        (await _harness.VariablesAsync(key)).Should().Equal(new Dictionary<string, string> { ["orderId"] = "\"A-1\"", ["paid"] = "true" });
        (await _harness.Engine.SearchJobsAsync(new JobQuery { ProcessInstanceKey = key })).Items.Should().ContainSingle().Which.State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Complete_UnknownJob_IsNotFoundInZeebeWords()
    {
        // Act
        var act = () => _harness.Engine.CompleteJobAsync(2251799813685263, null);

        // Assert
        var rejection = (await act.Should().ThrowAsync<WorkflowRejection>()).Which;
        rejection.StatusCode.Should().Be(404);
        rejection.Detail.Should().Be("Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key '2251799813685263', but no such job was found");
    }

    [Fact]
    public async Task Complete_TwiceAfterTimeout_SecondWorkerIsNotFound()
    {
        // Arrange
        await _harness.CreateAsync("one-task");
        var job = (await _harness.ActivateAsync("work"))[0];
        await _harness.CompleteAsync(job);

        // Act
        var act = () => _harness.Engine.CompleteJobAsync(job.JobKey, null);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Kind.Should().Be(RejectionKind.NotFound);
    }

    [Fact]
    public async Task Fail_WithRetriesAndBackoff_JobComesBackOnlyAfterTheBackoff()
    {
        // Arrange
        await _harness.CreateAsync("one-task");
        var job = (await _harness.ActivateAsync("work"))[0];

        // Act
        await _harness.Engine.FailJobAsync(job.JobKey, 2, "timeout talking to bank", TimeSpan.FromMinutes(1), null);
        var during = await _harness.ActivateAsync("work");
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        var after = await _harness.NextJobAsync("work");

        // Assert
        during.Should().BeEmpty();
        after.JobKey.Should().Be(job.JobKey);
        after.Retries.Should().Be(2);
    }

    [Fact]
    public async Task Fail_NoRetriesLeft_RaisesIncidentUntilRetriesRaisedAndResolved()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        var job = (await _harness.ActivateAsync("work"))[0];

        // Act
        await _harness.Engine.FailJobAsync(job.JobKey, 0, "bank down", TimeSpan.Zero, null);
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();
        var whileFailed = await _harness.ActivateAsync("work");
        var completeFailed = await Record.ExceptionAsync(() => _harness.Engine.CompleteJobAsync(job.JobKey, null));
        await _harness.Engine.UpdateJobAsync(job.JobKey, 1, null);
        await _harness.Engine.ResolveIncidentAsync(incident.IncidentKey);
        var again = await _harness.ActivateAsync("work");

        // Assert
        incident.ErrorType.Should().Be("JOB_NO_RETRIES");
        incident.ErrorMessage.Should().Be("bank down");
        incident.JobKey.Should().Be(job.JobKey);
        incident.ElementId.Should().Be("work");
        whileFailed.Should().BeEmpty();
        completeFailed.Should().BeOfType<WorkflowRejection>().Which.Detail.Should().Be(
            $"Command 'COMPLETE' rejected with code 'INVALID_STATE': Expected to complete job with key '{job.JobKey}', but it is in state 'FAILED'");
        again.Should().ContainSingle().Which.Retries.Should().Be(1);
        (await _harness.Engine.GetIncidentAsync(incident.IncidentKey)).State.Should().Be("RESOLVED");
        (await _harness.InstanceAsync(key)).HasIncident.Should().BeFalse();
    }

    [Fact]
    public async Task Resolve_JobIncidentWithoutRaisingRetries_CreatesANewIncident()
    {
        // Arrange
        var key = await _harness.CreateAsync("one-task");
        var job = (await _harness.ActivateAsync("work"))[0];
        await _harness.Engine.FailJobAsync(job.JobKey, 0, "bank down", TimeSpan.Zero, null);
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();

        // Act
        await _harness.Engine.ResolveIncidentAsync(incident.IncidentKey);

        // Assert
        var open = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key, State = "ACTIVE" })).Items;
        open.Should().ContainSingle().Which.IncidentKey.Should().NotBe(incident.IncidentKey);
        (await _harness.ActivateAsync("work")).Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateTimeout_ActivatedJob_MovesTheDeadlineFromNow()
    {
        // Arrange
        await _harness.CreateAsync("one-task");
        var job = (await _harness.ActivateAsync("work", timeout: TimeSpan.FromSeconds(10)))[0];

        // Act
        await _harness.Engine.UpdateJobAsync(job.JobKey, null, TimeSpan.FromMinutes(10));
        _harness.Time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(50);

        // Assert
        (await _harness.ActivateAsync("work")).Should().BeEmpty();
        (await _harness.Engine.SearchJobsAsync(new JobQuery { JobKey = job.JobKey })).Items[0].Deadline.Should().Be(EngineHarness.Start.AddMinutes(10));
    }

    [Fact]
    public async Task ActivateLongPoll_JobCreatedWhileWaiting_AnswersWithIt()
    {
        // Arrange
        var poll = _harness.Engine.ActivateJobsAsync(new ActivateJobsRequest { Type = "work", Timeout = TimeSpan.FromMinutes(1), RequestTimeout = TimeSpan.FromMinutes(1) });
        await Task.Delay(50);

        // Act
        var key = await _harness.CreateAsync("one-task");

        // Assert
        (await poll.WaitAsync(TimeSpan.FromSeconds(5))).Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task ActivateLongPoll_NothingArrives_AnswersEmptyWhenTheRequestTimeoutPasses()
    {
        // Arrange
        var poll = _harness.Engine.ActivateJobsAsync(new ActivateJobsRequest { Type = "work", Timeout = TimeSpan.FromMinutes(1), RequestTimeout = TimeSpan.FromSeconds(20) });

        // Act
        var jobs = await _harness.AdvanceUntilAsync(poll, TimeSpan.FromSeconds(21));

        // Assert
        jobs.Should().BeEmpty();
    }
}
