using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Maintenance;

/// <summary>Removes succeeded and deleted jobs (with their history) older than SucceededRetention, in bounded batches.</summary>
internal sealed class RetentionCleaner(IJobStorage storage, TimeProvider time, IOptions<JobsOptions> options, ILogger<RetentionCleaner> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.SucceededRetention;
        var total = 0;
        int deleted;
        do
        {
            deleted = await storage.DeleteExpiredAsync(cutoff, 1000, ct);
            total += deleted;
        } while (deleted == 1000 && !ct.IsCancellationRequested);
        await storage.RemoveStaleServersAsync(time.GetUtcNow().UtcDateTime - 10 * options.Value.HeartbeatInterval, ct);
        if (total > 0) logger.LogInformation("Removed {Count} expired jobs", total);
        return total;
    }
}
