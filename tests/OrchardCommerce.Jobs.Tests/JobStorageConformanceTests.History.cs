using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>
/// The claim writes no history row; its Processing entry is written with the next transition. These pin down that
/// the history still shows each claim exactly once, with its own time and worker.
/// </summary>
public abstract partial class JobStorageConformanceTests
{
    [Fact]
    public async Task Detail_JobProcessingNow_ShowsItsProcessingEntryOnce()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var claimedAt = jobs.Now;
        await jobs.States.ClaimAsync(["default"], 1, "worker-a", TimeSpan.FromSeconds(15), default);
        jobs.Time.Advance(TimeSpan.FromSeconds(3));

        var history = await jobs.HistoryAsync(id);

        history.Select(h => h.State).Should().Equal(JobState.Enqueued, JobState.Processing);
        history[1].Should().Be(new JobStateRecord(JobState.Processing, claimedAt, "claimed", "worker-a", null));
    }

    [Fact]
    public async Task Complete_AfterClaim_RecordsProcessingAtClaimTimeThenSucceeded()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var claimedAt = jobs.Now;
        var claimed = (await jobs.States.ClaimAsync(["default"], 1, "worker-a", TimeSpan.FromSeconds(15), default)).Single();
        jobs.Time.Advance(TimeSpan.FromSeconds(3));

        await jobs.States.SucceedAsync([(id, claimed.Attempt)], "worker-a", default);

        var history = await jobs.HistoryAsync(id);
        history.Select(h => (h.State, h.AtUtc, h.Reason, h.Worker)).Should().Equal(
            (JobState.Enqueued, claimedAt, "enqueued", null),
            (JobState.Processing, claimedAt, "claimed", "worker-a"),
            (JobState.Succeeded, claimedAt.AddSeconds(3), "succeeded", "worker-a"));
    }

    [Fact]
    public async Task Rescue_ExpiredLease_RecordsProcessingThenEnqueuedLeaseExpired()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        var claimedAt = jobs.Now;
        await jobs.States.ClaimAsync(["default"], 1, "crashed-worker", TimeSpan.FromSeconds(15), default);
        jobs.Time.Advance(TimeSpan.FromSeconds(16));

        (await jobs.Rescuer.RunOnceAsync()).Should().Be(1);

        var history = await jobs.HistoryAsync(id);
        history.Select(h => (h.State, h.AtUtc, h.Reason, h.Worker)).Should().Equal(
            (JobState.Enqueued, claimedAt, "enqueued", null),
            (JobState.Processing, claimedAt, "claimed", "crashed-worker"),
            (JobState.Enqueued, claimedAt.AddSeconds(16), "lease expired (owner crashed-worker)", "lease-rescuer"));
    }

    [Fact]
    public async Task Delete_ProcessingJob_RecordsItsProcessingEntryBeforeDeleted()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload());
        await jobs.States.ClaimAsync(["default"], 1, "worker-a", TimeSpan.FromSeconds(15), default);

        (await jobs.Client.DeleteAsync(id, "stuck")).Should().BeTrue();

        var history = await jobs.HistoryAsync(id);
        history.Select(h => (h.State, h.Worker)).Should().Equal(
            (JobState.Enqueued, null), (JobState.Processing, "worker-a"), (JobState.Deleted, "ops"));
    }
}
