using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

/// <summary>Transitions requested by ops (dashboard buttons through <see cref="IJobClient"/>) and by maintenance.</summary>
internal sealed partial class JobStateMachine
{
    public async Task<bool> RequeueAsync(long jobId, string reason, CancellationToken ct)
    {
        await storage.MigrateAsync(ct);
        var now = UtcNow;
        var requeued = await storage.TransitionAsync(
            new JobTransition(jobId, Requeueable, JobState.Enqueued, now, reason) { RunAtUtc = now, ResetAttempt = true, Worker = "ops" }, ct);
        if (requeued) signal.Notify();
        return requeued;
    }

    public async Task<bool> DeleteAsync(long jobId, string reason, CancellationToken ct)
    {
        await storage.MigrateAsync(ct);
        return await storage.TransitionAsync(new JobTransition(jobId, Deletable, JobState.Deleted, UtcNow, reason) { Worker = "ops" }, ct);
    }

    public async Task<int> RequeueDeadLettersAsync(string type, string reason, CancellationToken ct)
    {
        await storage.MigrateAsync(ct);
        var total = 0;
        while (true)
        {
            var ids = await storage.FindJobsAsync(JobState.DeadLettered, type, 500, ct);
            var batch = 0;
            foreach (var id in ids)
                if (await RequeueAsync(id, reason, ct)) batch++;
            total += batch;
            // A job another actor moved in the meantime is skipped; stop when a pass changes nothing.
            if (ids.Count < 500 || batch == 0) return total;
        }
    }

    /// <summary>A continuation whose parent succeeded: from awaiting (Scheduled without a run time) to Enqueued.</summary>
    public async Task<bool> PromoteContinuationAsync(long jobId, CancellationToken ct)
    {
        var now = UtcNow;
        var promoted = await storage.TransitionAsync(
            new JobTransition(jobId, [JobState.Scheduled], JobState.Enqueued, now, "parent succeeded") { RunAtUtc = now, Worker = "continuations" }, ct);
        if (promoted) signal.Notify();
        return promoted;
    }
}
