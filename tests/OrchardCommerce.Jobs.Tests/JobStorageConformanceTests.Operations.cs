using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>Recurring schedules, retention, and ops requests through the state machine.</summary>
public abstract partial class JobStorageConformanceTests
{
    [Fact]
    public async Task Recurring_MissedRunsAndTwoSchedulers_EnqueueOneRun()
    {
        var store = await NewStoreAsync();
        await using var first = new JobsHarness(store);
        await using var second = new JobsHarness(store, time: first.Time);
        await first.Client.AddOrUpdateRecurringAsync("digest", "test.record", "*/5 * * * *", "UTC", Payload("digest"));
        (await first.Monitor.ListRecurringAsync()).Single().NextRunUtc.Should().Be(new DateTime(2025, 3, 28, 12, 5, 0, DateTimeKind.Utc));

        first.Time.Advance(TimeSpan.FromMinutes(31)); // six runs missed while down
        var counts = await Task.WhenAll(first.Scheduler.RunOnceAsync(), second.Scheduler.RunOnceAsync());
        var again = await first.Scheduler.RunOnceAsync();

        counts.Sum().Should().Be(1);
        again.Should().Be(0);
        var recurring = (await first.Monitor.ListRecurringAsync()).Single();
        recurring.NextRunUtc.Should().Be(new DateTime(2025, 3, 28, 12, 35, 0, DateTimeKind.Utc));
        recurring.LastState.Should().Be(JobState.Enqueued);
        (await first.Monitor.ListAsync(JobState.Enqueued, null, 1, 10)).Total.Should().Be(1);
    }

    [Fact]
    public async Task Recurring_AcrossDstStart_KeepsLocalTime()
    {
        await using var jobs = await HarnessAsync();
        // Berlin moves from UTC+1 to UTC+2 on 2025-03-30; 09:00 local is 08:00Z before and 07:00Z after.
        await jobs.Client.AddOrUpdateRecurringAsync("morning", "test.record", "0 0 9 * * ?", "Europe/Berlin", Payload());
        var beforeDst = (await jobs.Monitor.ListRecurringAsync()).Single().NextRunUtc;

        jobs.Time.Advance(beforeDst!.Value - jobs.Now + TimeSpan.FromSeconds(1));
        var enqueued = await jobs.Scheduler.RunOnceAsync();
        var afterDst = (await jobs.Monitor.ListRecurringAsync()).Single().NextRunUtc;

        beforeDst.Should().Be(new DateTime(2025, 3, 29, 8, 0, 0, DateTimeKind.Utc));
        enqueued.Should().Be(1);
        afterDst.Should().Be(new DateTime(2025, 3, 30, 7, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Recurring_TriggerAndRemove_EnqueuesNowThenStops()
    {
        await using var jobs = await HarnessAsync();
        await jobs.Client.AddOrUpdateRecurringAsync("nightly", "test.record", "0 3 * * *", "UTC", Payload());

        var id = await jobs.Client.TriggerRecurringAsync("nightly");
        await jobs.Processor.ProcessDueAsync();
        var info = (await jobs.Monitor.ListRecurringAsync()).Single();
        var removed = await jobs.Client.RemoveRecurringAsync("nightly");

        (info.LastJobId, info.LastState).Should().Be((id, JobState.Succeeded));
        removed.Should().BeTrue();
        (await jobs.Monitor.ListRecurringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Retention_OldSucceededJobs_AreRemovedOthersKept()
    {
        await using var jobs = await HarnessAsync(o => o.SucceededRetention = TimeSpan.FromDays(1));
        var done = await jobs.Client.EnqueueAsync("test.record", Payload());
        var dead = await jobs.Client.EnqueueAsync("test.fail", Payload("fatal"));
        await jobs.Processor.ProcessDueAsync();

        var early = await jobs.Retention.RunOnceAsync();
        jobs.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var removed = await jobs.Retention.RunOnceAsync();

        (early, removed).Should().Be((0, 1));
        (await jobs.Monitor.GetAsync(done)).Should().BeNull();
        (await jobs.JobAsync(dead)).State.Should().Be(JobState.DeadLettered);
    }

    [Fact]
    public async Task Ops_RequeueDeleteAndRequeueAll_GoThroughTheStateMachine()
    {
        await using var jobs = await HarnessAsync();
        var dead = new List<long>();
        for (var i = 0; i < 3; i++) dead.Add(await jobs.Client.EnqueueAsync("test.fail", Payload("fatal")));
        var other = await jobs.Client.EnqueueAsync("test.record", Payload());
        await jobs.Processor.ProcessDueAsync();

        var requeuedAll = await jobs.Client.RequeueDeadLettersAsync("test.fail", "fixed the bug");
        var deleted = await jobs.Client.DeleteAsync(dead[0], "not needed");
        var requeueEnqueued = await jobs.Client.RequeueAsync(dead[1], "again");
        var requeueDeleted = await jobs.Client.RequeueAsync(dead[0], "needed after all");
        var requeueMissing = await jobs.Client.RequeueAsync(999_999, "none");

        requeuedAll.Should().Be(3);
        (deleted, requeueEnqueued, requeueDeleted, requeueMissing).Should().Be((true, false, true, false));
        foreach (var id in dead)
        {
            var job = await jobs.JobAsync(id);
            (job.State, job.Attempt).Should().Be((JobState.Enqueued, 0));
        }
        (await jobs.JobAsync(other)).State.Should().Be(JobState.Succeeded);
        var history = await jobs.HistoryAsync(dead[0]);
        history.Select(h => (h.State, h.Reason)).TakeLast(3).Should().Equal(
            (JobState.Enqueued, "fixed the bug"), (JobState.Deleted, "not needed"), (JobState.Enqueued, "needed after all"));
    }
}
