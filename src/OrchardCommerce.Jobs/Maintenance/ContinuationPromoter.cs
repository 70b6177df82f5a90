using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Maintenance;

/// <summary>
/// Enqueues continuations whose parent succeeded. Done by sweep rather than inside the parent's completion, so a
/// continuation enqueued while its parent completes is never stranded.
/// </summary>
internal sealed class ContinuationPromoter(IJobStorage storage, JobStateMachine states)
{
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var promoted = 0;
        foreach (var id in await storage.FindReadyContinuationsAsync(1000, ct))
            if (await states.PromoteContinuationAsync(id, ct)) promoted++;
        return promoted;
    }
}
