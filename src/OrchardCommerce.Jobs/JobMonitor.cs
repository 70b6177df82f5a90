using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

/// <summary>The dashboard's read-only view, straight from storage.</summary>
internal sealed class JobMonitor(IJobStorage storage, TimeProvider time) : IJobMonitor
{
    public async Task<JobCounters> GetCountersAsync(CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.GetCountersAsync(time.GetUtcNow().UtcDateTime, ct);
    }

    public async Task<(IReadOnlyList<JobSummary> Items, long Total)> ListAsync(JobState state, string? search, int page, int pageSize, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.ListAsync(state, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), Math.Max(page, 1), Math.Clamp(pageSize, 1, 500), ct);
    }

    public async Task<JobDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<RecurringJobInfo>> ListRecurringAsync(CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.ListRecurringAsync(ct);
    }

    public async Task<IReadOnlyList<ServerInfo>> ListServersAsync(CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.ListServersAsync(ct);
    }
}
