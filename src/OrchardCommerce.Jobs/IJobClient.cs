using System.Text.Json.Nodes;

namespace OrchardCommerce.Jobs;

/// <summary>Enqueue and state-change requests; every state change goes through the one state machine.</summary>
public interface IJobClient
{
    /// <summary>
    /// Enqueues a job. Throws <see cref="JobValidationException"/> for an unknown type, a payload that does not
    /// deserialize into the type's payload class, or an unknown queue. An existing idempotency key returns the existing job's id.
    /// </summary>
    Task<long> EnqueueAsync(string type, JsonNode? payload, JobOptions? options = null, CancellationToken ct = default);

    /// <summary>Enqueues many jobs of one type in few round trips; ids in input order.</summary>
    Task<IReadOnlyList<long>> EnqueueManyAsync(string type, IReadOnlyList<JsonNode?> payloads, JobOptions? options = null, CancellationToken ct = default);

    /// <summary>
    /// Enqueues jobs of any types, each with its own options (an idempotency key each, say), in one transaction: all or
    /// none, every request validated before any is written. Ids in input order; a known key gives its existing job's id.
    /// </summary>
    Task<IReadOnlyList<long>> EnqueueAllAsync(IReadOnlyList<JobRequest> jobs, CancellationToken ct = default);

    /// <summary>From Failed, DeadLettered, Succeeded or Deleted back to Enqueued.</summary>
    Task<bool> RequeueAsync(long jobId, string reason, CancellationToken ct = default);

    Task<bool> DeleteAsync(long jobId, string reason, CancellationToken ct = default);
    Task<int> RequeueDeadLettersAsync(string type, string reason, CancellationToken ct = default);

    /// <summary>Bad cron or time zone throws <see cref="JobValidationException"/> ("cron" / "timeZone").</summary>
    Task AddOrUpdateRecurringAsync(string recurringId, string type, string cron, string timeZoneId, System.Text.Json.Nodes.JsonNode? payload = null, string? queue = null, CancellationToken ct = default);

    Task<bool> RemoveRecurringAsync(string recurringId, CancellationToken ct = default);

    /// <summary>Enqueues a run now and returns its job id.</summary>
    Task<long> TriggerRecurringAsync(string recurringId, CancellationToken ct = default);
}
