using Dapper;
using OrchardCommerce.Jobs.Storage;
using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>
/// Rows written before the row held the happy path (every record in job_history, created_state and finished_by NULL)
/// read and move on as before; retention leaves nothing of an expired job.
/// </summary>
public abstract partial class JobStorageConformanceTests
{
    private static async Task<long> InsertLegacyJobAsync(System.Data.Common.DbConnection db, string state, DateTime at, string? owner, DateTime? claimedAt,
        params (JobState State, DateTime At, string Reason, string? Worker)[] history)
    {
        var id = await db.ExecuteScalarAsync<long>(
            """
            INSERT INTO jobs (type, queue, state, payload, attempt, run_at_utc, lease_owner, lease_until_utc, created_utc, state_changed_utc, claimed_utc)
            VALUES ('test.record', 'default', @state, '{"text":"old","count":1}', 1, @at, @owner, @until, @at, @at, @claimed) RETURNING id
            """,
            new { state, at = UnixMs.From(at), owner, until = owner is null ? (long?)null : UnixMs.From(at.AddMinutes(10)), claimed = UnixMs.From(claimedAt) });
        foreach (var h in history)
            await db.ExecuteAsync("INSERT INTO job_history (job_id, state, at_utc, reason, worker) VALUES (@id, @state, @at, @Reason, @Worker)",
                new { id, state = h.State.ToString(), at = UnixMs.From(h.At), h.Reason, h.Worker });
        return id;
    }

    [Fact]
    public async Task History_RowsFromBeforeTheRowHeldIt_ReadAndMoveOnAsBefore()
    {
        var store = await NewStoreAsync();
        await using var jobs = new JobsHarness(store);
        await jobs.Storage.MigrateAsync(default);
        await using var db = await RawJobsDb.OpenAsync(store);
        var t0 = jobs.Now;
        var succeeded = await InsertLegacyJobAsync(db, "Succeeded", t0, null, null,
            (JobState.Enqueued, t0, "enqueued", null), (JobState.Processing, t0, "claimed", "old-worker"), (JobState.Succeeded, t0, "succeeded", "old-worker"));
        var processing = await InsertLegacyJobAsync(db, "Processing", t0, "old-worker", t0, (JobState.Enqueued, t0, "enqueued", null));
        var owner = jobs.Processor.Owner;

        jobs.Time.Advance(TimeSpan.FromSeconds(5));
        (await jobs.States.SucceedAsync([(processing, 1)], "old-worker", default)).Should().Equal(processing);
        (await jobs.Client.RequeueAsync(succeeded, "again")).Should().BeTrue();
        await jobs.Processor.ProcessDueAsync();

        var t1 = t0.AddSeconds(5);
        (await FullHistoryAsync(jobs, processing)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", "old-worker"),
            Rec(JobState.Succeeded, t1, "succeeded", "old-worker"));
        (await FullHistoryAsync(jobs, succeeded)).Should().Equal(
            Rec(JobState.Enqueued, t0, "enqueued", null),
            Rec(JobState.Processing, t0, "claimed", "old-worker"),
            Rec(JobState.Succeeded, t0, "succeeded", "old-worker"),
            Rec(JobState.Enqueued, t1, "again", "ops"),
            Rec(JobState.Processing, t1, "claimed", owner),
            Rec(JobState.Succeeded, t1, "succeeded", owner));
    }

    [Fact]
    public async Task Retention_ExpiredJobWithHistoryRows_LeavesNothingOfIt()
    {
        var store = await NewStoreAsync();
        await using var jobs = new JobsHarness(store, o => o.SucceededRetention = TimeSpan.FromDays(1));
        jobs.Log.FailuresToCome = 1;
        var retried = await jobs.Client.EnqueueAsync("test.flaky", Payload());
        var plain = await jobs.Client.EnqueueAsync("test.record", Payload());
        await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromSeconds(10));
        await jobs.Processor.ProcessDueAsync();
        await using var db = await RawJobsDb.OpenAsync(store);
        var rowsBefore = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM job_history WHERE job_id = @retried", new { retried });

        jobs.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var removed = await jobs.Retention.RunOnceAsync();

        (await jobs.Monitor.GetAsync(retried)).Should().BeNull();
        removed.Should().Be(2);
        rowsBefore.Should().Be(2, "the failed attempt's claim and failure; the rest is on the row");
        (await db.ExecuteScalarAsync<long>("SELECT count(*) FROM job_history WHERE job_id IN (@retried, @plain)", new { retried, plain })).Should().Be(0);
        (await db.ExecuteScalarAsync<long>("SELECT count(*) FROM jobs")).Should().Be(0);
    }
}
