using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

/// <summary>
/// The only writer of job state. Each method names one transition, states which states it may leave, and guards
/// worker-side transitions with the lease (owner + attempt) so a rescued job's old worker cannot overwrite it.
/// </summary>
internal sealed partial class JobStateMachine(IJobStorage storage, TimeProvider time, JobSignal signal, JobsMetrics metrics, JobRandom random)
{
    private static readonly JobState[] Requeueable = [JobState.Failed, JobState.DeadLettered, JobState.Succeeded, JobState.Deleted, JobState.Scheduled];
    private static readonly JobState[] Deletable = [JobState.Enqueued, JobState.Scheduled, JobState.Processing, JobState.Succeeded, JobState.Failed, JobState.DeadLettered];
    private static readonly JobState[] Leased = [JobState.Processing];

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<long>> CreateAsync(IReadOnlyList<NewJob> jobs, CancellationToken ct)
    {
        await storage.MigrateAsync(ct);
        var ids = await storage.InsertAsync(jobs, ct);
        signal.Notify();
        return ids;
    }

    /// <summary>Claims up to <paramref name="limit"/> due jobs, draining queues in priority order.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(IReadOnlyList<string> queues, int limit, string owner, TimeSpan lease, CancellationToken ct)
    {
        var claimed = new List<ClaimedJob>();
        foreach (var queue in queues)
        {
            if (claimed.Count >= limit) break;
            var now = UtcNow;
            var batch = await storage.ClaimAsync(queue, limit - claimed.Count, owner, now, now + lease, ct);
            foreach (var job in batch) metrics.PickedUp(now - (job.RunAtUtc is { } due && due > job.CreatedUtc ? due : job.CreatedUtc));
            claimed.AddRange(batch);
        }
        return claimed;
    }

    public async Task<IReadOnlyList<long>> SucceedAsync(IReadOnlyList<(long Id, int Attempt)> jobs, string owner, CancellationToken ct)
    {
        var done = await storage.CompleteAsync(jobs, owner, UtcNow, ct);
        metrics.Processed(done.Count);
        return done;
    }

    /// <summary>Failed (retry at now + backoff) while attempts remain and the error is retryable; DeadLettered otherwise.</summary>
    public Task<bool> FailAsync(ClaimedJob job, string owner, RetryPolicy policy, Exception error, string reason, CancellationToken ct)
    {
        metrics.Failed(job.Type);
        var now = UtcNow;
        if (policy.IsNonRetryable(error) || job.Attempt >= policy.MaxAttempts)
        {
            var why = policy.IsNonRetryable(error) ? $"{reason}; not retryable" : $"{reason}; {job.Attempt} of {policy.MaxAttempts} attempts used";
            return storage.TransitionAsync(WorkerTransition(job, owner, JobState.DeadLettered, now, why, error), ct);
        }
        var retryAt = now + policy.DelayAfter(job.Attempt, random.AsRandom());
        return storage.TransitionAsync(WorkerTransition(job, owner, JobState.Failed, now, $"{reason}; retry {job.Attempt + 1} at {retryAt:O}", error) with { RunAtUtc = retryAt }, ct);
    }

    /// <summary>A payload its handler cannot read: retrying cannot help, so only this job is dead-lettered.</summary>
    public Task<bool> DeadLetterAsync(ClaimedJob job, string owner, string reason, Exception error, CancellationToken ct)
    {
        metrics.Failed(job.Type);
        return storage.TransitionAsync(WorkerTransition(job, owner, JobState.DeadLettered, UtcNow, reason, error), ct);
    }

    /// <summary>Gives an unfinished job back at shutdown; the run does not count as an attempt.</summary>
    public Task<bool> ReleaseAsync(ClaimedJob job, string owner, string reason, CancellationToken ct)
    {
        var now = UtcNow;
        return storage.TransitionAsync(WorkerTransition(job, owner, JobState.Enqueued, now, reason, null) with { RunAtUtc = now, AttemptDelta = -1 }, ct);
    }

    /// <summary>A lease that expired (its worker crashed or hung) goes back to Enqueued; the run stays counted.</summary>
    public async Task<bool> RescueAsync(long jobId, string owner, int attempt, CancellationToken ct)
    {
        var now = UtcNow;
        var rescued = await storage.TransitionAsync(new JobTransition(jobId, Leased, JobState.Enqueued, now, $"lease expired (owner {owner})")
        {
            ExpectedOwner = owner, ExpectedAttempt = attempt, RequireExpiredLease = true, RunAtUtc = now, Worker = "lease-rescuer",
        }, ct);
        if (rescued) signal.Notify();
        return rescued;
    }

    private static JobTransition WorkerTransition(ClaimedJob job, string owner, JobState to, DateTime now, string reason, Exception? error) =>
        new(job.Id, Leased, to, now, reason)
        {
            ExpectedOwner = owner, ExpectedAttempt = job.Attempt, Worker = owner,
            Exception = error is null ? null : Truncate(error.ToString(), 16_000),
            LastError = error is null ? null : Truncate($"{error.GetType().Name}: {error.Message}", 2_000),
        };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
