namespace OrchardCommerce.Jobs.Tests;

/// <summary>Whole histories of jobs that maintenance moved: continuations, recurring runs, rescued leases.</summary>
public abstract partial class JobStorageConformanceTests
{
    [Fact]
    public async Task History_Continuation_AwaitsThenIsPromotedAndRuns()
    {
        await using var jobs = await HarnessAsync();
        var parent = await jobs.Client.EnqueueAsync("test.record", Payload("parent"));
        var child = await jobs.Client.EnqueueAsync("test.record", Payload("child"), new JobOptions(ContinueAfterJobId: parent));
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);

        jobs.Time.Advance(TimeSpan.FromSeconds(1));
        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(1));
        await jobs.Continuations.RunOnceAsync();
        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, parent)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0.AddSeconds(1), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddSeconds(1), "succeeded", owner));
        (await FullHistoryAsync(jobs, child)).Should().Equal(
            Rec(JobState.Scheduled, t0, $"awaiting job {parent}", null),
            Rec(JobState.Enqueued, t0.AddSeconds(2), "parent succeeded", "continuations"),
            Rec(JobState.Processing, t0.AddSeconds(2), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddSeconds(2), "succeeded", owner));
    }

    [Fact]
    public async Task History_RecurringTriggeredAndDue_NameTheirRecurringJob()
    {
        await using var jobs = await HarnessAsync();
        await jobs.Client.AddOrUpdateRecurringAsync("nightly", "test.record", "0 3 * * *", "UTC", Payload());
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);
        var due = new DateTime(2025, 3, 29, 3, 0, 0, DateTimeKind.Utc);

        var triggered = await jobs.Client.TriggerRecurringAsync("nightly");
        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(due - t0 + TimeSpan.FromSeconds(1));
        (await jobs.Scheduler.RunOnceAsync()).Should().Be(1);
        var scheduled = (await jobs.Monitor.ListRecurringAsync()).Single().LastJobId!.Value;
        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, triggered)).Should().Equal(
            Rec(JobState.Enqueued, t0, "triggered recurring job nightly", null),
            Rec(JobState.Processing, t0, "claimed", owner),
            Rec(JobState.Succeeded, t0, "succeeded", owner));
        (await FullHistoryAsync(jobs, scheduled)).Should().Equal(
            Rec(JobState.Enqueued, due.AddSeconds(1), $"recurring job nightly due {due:O}", null),
            Rec(JobState.Processing, due.AddSeconds(1), "claimed", owner),
            Rec(JobState.Succeeded, due.AddSeconds(1), "succeeded", owner));
    }

    [Fact]
    public async Task History_LeaseRescuedThenRunElsewhere_RecordsBothClaims()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);
        await jobs.States.ClaimAsync(["default"], 1, "crashed-worker", TimeSpan.FromSeconds(15), default);

        jobs.Time.Advance(TimeSpan.FromSeconds(16));
        (await jobs.Rescuer.RunOnceAsync()).Should().Be(1);
        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", "crashed-worker"),
            Rec(JobState.Enqueued, t0.AddSeconds(16), "lease expired (owner crashed-worker)", "lease-rescuer"),
            Rec(JobState.Processing, t0.AddSeconds(16), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddSeconds(16), "succeeded", owner));
    }
}
