namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// A storage driver (SQLite or PostgreSQL). Only <see cref="JobStateMachine"/> calls the methods that change a job's
/// state; each records its transition in the same transaction, on the row (happy path) or in job_history.
/// </summary>
internal interface IJobStorage
{
    Task MigrateAsync(CancellationToken ct);

    /// <summary>Inserts the jobs (an existing idempotency key returns the existing id) and returns ids in input order.</summary>
    Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<NewJob> jobs, CancellationToken ct);

    Task<JobState?> GetStateAsync(long jobId, CancellationToken ct);

    /// <summary>Claims due jobs of one queue, oldest due first, counting an attempt; the row records the claim.</summary>
    Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string queue, int limit, string owner, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken ct);

    Task<bool> TransitionAsync(JobTransition transition, CancellationToken ct);

    /// <summary>Processing → Succeeded for jobs still leased by <paramref name="owner"/> at the given attempts; returns the ids completed.</summary>
    Task<IReadOnlyList<long>> CompleteAsync(IReadOnlyList<(long Id, int Attempt)> jobs, string owner, DateTime nowUtc, CancellationToken ct);

    Task<int> ExtendLeasesAsync(string owner, DateTime leaseUntilUtc, CancellationToken ct);
    Task<IReadOnlyList<(long Id, string Owner, int Attempt)>> FindExpiredLeasesAsync(DateTime nowUtc, int limit, CancellationToken ct);
    Task<IReadOnlyList<long>> FindJobsAsync(JobState state, string? type, int limit, CancellationToken ct);
    Task<IReadOnlyList<long>> FindReadyContinuationsAsync(int limit, CancellationToken ct);
    Task<int> DeleteExpiredAsync(DateTime cutoffUtc, int limit, CancellationToken ct);

    Task UpsertRecurringAsync(RecurringRow row, CancellationToken ct);
    Task<bool> RemoveRecurringAsync(string id, CancellationToken ct);
    Task<RecurringRow?> GetRecurringAsync(string id, CancellationToken ct);
    Task<IReadOnlyList<RecurringRow>> GetDueRecurringAsync(DateTime nowUtc, CancellationToken ct);

    /// <summary>Advances next_run only if it still equals <paramref name="expectedNextRunUtc"/>: one process wins each run.</summary>
    Task<bool> AdvanceRecurringAsync(string id, DateTime expectedNextRunUtc, DateTime? nextRunUtc, DateTime lastRunUtc, long jobId, CancellationToken ct);

    Task SetRecurringLastJobAsync(string id, long jobId, DateTime lastRunUtc, CancellationToken ct);

    Task HeartbeatServerAsync(ServerInfo server, CancellationToken ct);
    Task RemoveServerAsync(string id, CancellationToken ct);
    Task<int> RemoveStaleServersAsync(DateTime cutoffUtc, CancellationToken ct);

    Task<JobCounters> GetCountersAsync(DateTime nowUtc, CancellationToken ct);
    Task<IReadOnlyDictionary<string, long>> GetQueueDepthsAsync(CancellationToken ct);
    Task<(IReadOnlyList<JobSummary> Items, long Total)> ListAsync(JobState state, string? search, int page, int pageSize, CancellationToken ct);
    Task<JobDetail?> GetAsync(long id, CancellationToken ct);
    Task<IReadOnlyList<RecurringJobInfo>> ListRecurringAsync(CancellationToken ct);
    Task<IReadOnlyList<ServerInfo>> ListServersAsync(CancellationToken ct);

    /// <summary>The saved position of a followed feed; 0 when it was never saved.</summary>
    Task<long> GetCursorAsync(string feed, CancellationToken ct);

    /// <summary>Moves a feed's position forward (never back: a slower concurrent writer cannot rewind it).</summary>
    Task SaveCursorAsync(string feed, long position, DateTime nowUtc, CancellationToken ct);
}
