using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>
/// A job's whole history, record by record, along each path it can take. The row holds the happy path's records and
/// job_history the rest; these pin down that the two read back as one history in the order things happened.
/// </summary>
public abstract partial class JobStorageConformanceTests
{
    private static (JobState, DateTime, string?, string?, bool) Rec(JobState state, DateTime at, string reason, string? worker, bool exception = false) =>
        (state, at, reason, worker, exception);

    private static async Task<List<(JobState, DateTime, string?, string?, bool)>> FullHistoryAsync(JobsHarness jobs, long id) =>
        (await jobs.HistoryAsync(id)).Select(h => (h.State, h.AtUtc, h.Reason, h.Worker, h.Exception is not null)).ToList();

    [Fact]
    public async Task History_PlainSuccess_IsEnqueuedProcessingSucceeded()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var (enqueuedAt, owner) = (jobs.Now, jobs.Processor.Owner);
        jobs.Time.Advance(TimeSpan.FromSeconds(2));

        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Enqueued, enqueuedAt, "enqueued", null),
            Rec(JobState.Processing, enqueuedAt.AddSeconds(2), "claimed", owner),
            Rec(JobState.Succeeded, enqueuedAt.AddSeconds(2), "succeeded", owner));
    }

    [Fact]
    public async Task History_RetryThenSuccess_RecordsBothAttempts()
    {
        await using var jobs = await HarnessAsync();
        jobs.Log.FailuresToCome = 1;
        var id = await jobs.Client.EnqueueAsync("test.flaky", Payload());
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);

        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(10));
        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", owner),
            Rec(JobState.Failed, t0, $"failed; retry 2 at {t0.AddSeconds(10):O}", owner, exception: true),
            Rec(JobState.Processing, t0.AddSeconds(10), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddSeconds(10), "succeeded", owner));
    }

    [Fact]
    public async Task History_DeadLetterRequeueSuccess_RecordsEveryStep()
    {
        await using var jobs = await HarnessAsync();
        jobs.Log.FailuresToCome = 2;
        var id = await jobs.Client.EnqueueAsync("test.flaky", Payload());
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);

        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(10));
        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromMinutes(1));
        (await jobs.Client.RequeueAsync(id, "fixed")).Should().BeTrue();
        await jobs.Processor.ProcessDueAsync();

        var t2 = t0.AddSeconds(70);
        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", owner),
            Rec(JobState.Failed, t0, $"failed; retry 2 at {t0.AddSeconds(10):O}", owner, exception: true),
            Rec(JobState.Processing, t0.AddSeconds(10), "claimed", owner),
            Rec(JobState.DeadLettered, t0.AddSeconds(10), "failed; 2 of 2 attempts used", owner, exception: true),
            Rec(JobState.Enqueued, t2, "fixed", "ops"),
            Rec(JobState.Processing, t2, "claimed", owner),
            Rec(JobState.Succeeded, t2, "succeeded", owner));
    }

    [Fact]
    public async Task History_SucceededThenRequeuedRunAndDeleted_KeepsEachRun()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);

        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(5));
        (await jobs.Client.RequeueAsync(id, "again")).Should().BeTrue();
        jobs.Time.Advance(TimeSpan.FromSeconds(5));
        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(5));
        (await jobs.Client.DeleteAsync(id, "done with it")).Should().BeTrue();

        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", owner),
            Rec(JobState.Succeeded, t0, "succeeded", owner),
            Rec(JobState.Enqueued, t0.AddSeconds(5), "again", "ops"),
            Rec(JobState.Processing, t0.AddSeconds(10), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddSeconds(10), "succeeded", owner),
            Rec(JobState.Deleted, t0.AddSeconds(15), "done with it", "ops"));
    }

    [Fact]
    public async Task History_ScheduledThenRun_StartsScheduled()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(Delay: TimeSpan.FromMinutes(10)));
        var (t0, owner) = (jobs.Now, jobs.Processor.Owner);

        jobs.Time.Advance(TimeSpan.FromMinutes(10));
        await jobs.Processor.ProcessDueAsync();

        (await FullHistoryAsync(jobs, id)).Should().Equal(
            Rec(JobState.Scheduled, t0, $"scheduled for {t0.AddMinutes(10):O}", null),
            Rec(JobState.Processing, t0.AddMinutes(10), "claimed", owner),
            Rec(JobState.Succeeded, t0.AddMinutes(10), "succeeded", owner));
    }
}
