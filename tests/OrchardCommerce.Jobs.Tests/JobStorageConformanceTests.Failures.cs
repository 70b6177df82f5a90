using System.Text.Json.Nodes;
using OrchardCommerce.Jobs.Storage;
using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>Retries, backoff, dead letters, timeouts, lease rescue, guarded transitions and shutdown.</summary>
public abstract partial class JobStorageConformanceTests
{
    private static readonly RetryPolicy FailPolicy = new()
    {
        MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Jitter = 0.2,
    };

    [Fact]
    public async Task Failure_RetriesWithSeededBackoff_ThenDeadLetters()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.fail", Payload("retry"));
        var jitter = new Random(JobsHarness.Seed);
        var runAts = new List<DateTime?>();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await jobs.Processor.ProcessDueAsync()).Should().Be(1);
            var job = await jobs.JobAsync(id);
            job.State.Should().Be(JobState.Failed);
            job.RunAtUtc.Should().BeCloseTo(jobs.Now + FailPolicy.DelayAfter(attempt, jitter), TimeSpan.FromMilliseconds(1));
            runAts.Add(job.RunAtUtc);
            (await jobs.Processor.ProcessDueAsync()).Should().Be(0, "the retry is not due yet");
            jobs.Time.Advance(job.RunAtUtc!.Value - jobs.Now);
        }
        await jobs.Processor.ProcessDueAsync();

        var final = await jobs.Monitor.GetAsync(id);
        final!.Job.State.Should().Be(JobState.DeadLettered);
        final.Job.Attempt.Should().Be(3);
        final.Job.LastError.Should().Be("InvalidOperationException: boom");
        final.History.Last().Exception.Should().Contain("boom");
        (runAts[1] - runAts[0]).Should().BeGreaterThan(TimeSpan.FromSeconds(16), "the second delay is about twice the first");
    }

    [Fact]
    public async Task Failure_NonRetryableException_DeadLettersAtOnce()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.fail", Payload("fatal"));

        await jobs.Processor.ProcessDueAsync();

        var job = await jobs.JobAsync(id);
        (job.State, job.Attempt).Should().Be((JobState.DeadLettered, 1));
        (await jobs.HistoryAsync(id)).Last().Reason.Should().Contain("not retryable");
    }

    [Fact]
    public async Task Run_PayloadTheHandlerCannotRead_DeadLettersThatJobOnly()
    {
        await using var jobs = await HarnessAsync();
        // A payload written by an older version of the payload class: it passed validation then, not now.
        var ids = await jobs.States.CreateAsync([new NewJob("test.record", "default", """{"text":"x","count":"many"}""", null, JobState.Enqueued, jobs.Now, null, jobs.Now, "enqueued")], default);
        var good = await jobs.Client.EnqueueAsync("test.record", Payload());

        await jobs.Processor.ProcessDueAsync();

        (await jobs.JobAsync(ids[0])).State.Should().Be(JobState.DeadLettered);
        (await jobs.JobAsync(good)).State.Should().Be(JobState.Succeeded);
    }

    [Fact]
    public async Task Run_LongerThanTimeout_FailsAsTimedOut()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.block", Payload());

        var run = jobs.Processor.ProcessDueAsync();
        await jobs.Log.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        jobs.Time.Advance(TimeSpan.FromSeconds(31));
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        var detail = await jobs.Monitor.GetAsync(id);
        detail!.Job.State.Should().Be(JobState.Failed);
        detail.History.Last().Reason.Should().StartWith("timed out");
    }

    [Fact]
    public async Task Lease_Expired_IsRescuedAndOldOwnerCannotFinish()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var claimed = (await jobs.States.ClaimAsync(["default"], 1, "crashed-worker", TimeSpan.FromSeconds(15), default)).Single();

        jobs.Time.Advance(TimeSpan.FromSeconds(14));
        var tooEarly = await jobs.Rescuer.RunOnceAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(2));
        var rescued = await jobs.Rescuer.RunOnceAsync();
        var lateCompletion = await jobs.States.SucceedAsync([(id, claimed.Attempt)], "crashed-worker", default);
        var reclaimed = (await jobs.States.ClaimAsync(["default"], 1, "new-worker", TimeSpan.FromSeconds(15), default)).Single();
        var lateFailure = await jobs.States.FailAsync(claimed, "crashed-worker", FailPolicy, new InvalidOperationException("late"), "failed", default);

        (tooEarly, rescued).Should().Be((0, 1));
        lateCompletion.Should().BeEmpty();
        lateFailure.Should().BeFalse();
        reclaimed.Attempt.Should().Be(2);
        var history = await jobs.HistoryAsync(id);
        history.Select(h => h.State).Should().Equal(JobState.Enqueued, JobState.Processing, JobState.Enqueued, JobState.Processing);
        history[2].Reason.Should().Be("lease expired (owner crashed-worker)");
        (await jobs.States.SucceedAsync([(id, reclaimed.Attempt)], "new-worker", default)).Should().Equal(id);
    }

    [Fact]
    public async Task Heartbeat_WhileRunning_KeepsTheLease()
    {
        await using var jobs = await HarnessAsync();
        await jobs.Client.EnqueueAsync("test.record", Payload());
        await jobs.States.ClaimAsync(["default"], 1, jobs.Processor.Owner, TimeSpan.FromSeconds(15), default);

        jobs.Time.Advance(TimeSpan.FromSeconds(10));
        await jobs.Processor.BeatNowAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(10));

        (await jobs.Rescuer.RunOnceAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Shutdown_JobStillRunning_IsReleasedWithoutCountingTheAttempt()
    {
        await using var jobs = await HarnessAsync();
        await jobs.Processor.StartAsync(default);
        var id = await jobs.Client.EnqueueAsync("test.block", Payload());
        await jobs.Log.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await jobs.Processor.StopAsync(default);

        var job = await jobs.JobAsync(id);
        (job.State, job.Attempt).Should().Be((JobState.Enqueued, 0));
        (await jobs.HistoryAsync(id)).Last().Reason.Should().Be("released at shutdown");
        (await jobs.Monitor.ListServersAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Processor_JobEnqueuedInProcess_IsPickedUpWithoutWaitingForPoll()
    {
        await using var jobs = await HarnessAsync(o => o.PollInterval = TimeSpan.FromSeconds(30));
        await jobs.Processor.StartAsync(default);
        await Task.Delay(200);

        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await jobs.JobAsync(id)).State != JobState.Succeeded && DateTime.UtcNow < deadline) await Task.Delay(20);

        (await jobs.JobAsync(id)).State.Should().Be(JobState.Succeeded);
        (await jobs.Monitor.ListServersAsync()).Single().Id.Should().Be(jobs.Processor.Owner);
        await jobs.Processor.StopAsync(default);
    }
}
