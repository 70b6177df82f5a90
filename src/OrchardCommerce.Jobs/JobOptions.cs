namespace OrchardCommerce.Jobs;

/// <summary>Per-enqueue choices: queue, idempotency key, a run time or delay, and a parent to continue after.</summary>
public sealed record JobOptions(
    string? Queue = null,
    string? IdempotencyKey = null,
    DateTime? RunAtUtc = null,
    TimeSpan? Delay = null,
    long? ContinueAfterJobId = null);
