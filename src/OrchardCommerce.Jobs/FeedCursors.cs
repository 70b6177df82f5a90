using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

internal sealed class FeedCursors(IJobStorage storage, TimeProvider clock) : IFeedCursors
{
    public async Task<long> GetAsync(string feed, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.GetCursorAsync(feed, ct);
    }

    public async Task AdvanceAsync(string feed, long position, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        await storage.SaveCursorAsync(feed, position, clock.GetUtcNow().UtcDateTime, ct);
    }
}
