using Microsoft.Extensions.Logging;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Maintenance;

/// <summary>
/// Gives back jobs whose lease expired: their worker crashed, hung or lost the database. With the default 15 s lease
/// and a 1 s maintenance interval a crashed process's jobs run again within ~16 s (Hangfire waits 30 minutes).
/// </summary>
internal sealed class LeaseRescuer(IJobStorage storage, JobStateMachine states, ILogger<LeaseRescuer> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var rescued = 0;
        foreach (var (id, owner, attempt) in await storage.FindExpiredLeasesAsync(states.UtcNow, 1000, ct))
            if (await states.RescueAsync(id, owner, attempt, ct)) rescued++;
        if (rescued > 0) logger.LogWarning("Rescued {Count} jobs whose lease expired", rescued);
        return rescued;
    }
}
