namespace OrchardCommerce.Jobs;

/// <summary>Read-only view of the jobs for the dashboard.</summary>
public interface IJobMonitor
{
    Task<JobCounters> GetCountersAsync(CancellationToken ct = default);

    /// <summary>Newest first; <paramref name="search"/> matches the type or the idempotency key (contains).</summary>
    Task<(IReadOnlyList<JobSummary> Items, long Total)> ListAsync(JobState state, string? search, int page, int pageSize, CancellationToken ct = default);

    Task<JobDetail?> GetAsync(long id, CancellationToken ct = default);
    Task<IReadOnlyList<RecurringJobInfo>> ListRecurringAsync(CancellationToken ct = default);
    Task<IReadOnlyList<ServerInfo>> ListServersAsync(CancellationToken ct = default);
}
