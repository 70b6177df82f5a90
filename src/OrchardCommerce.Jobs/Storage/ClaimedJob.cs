namespace OrchardCommerce.Jobs.Storage;

/// <summary>A job a worker holds a lease on; Attempt (already counted) plus the owner guard every later transition.</summary>
internal sealed record ClaimedJob(long Id, string Type, string Queue, string PayloadJson, string? IdempotencyKey, int Attempt,
    DateTime CreatedUtc, DateTime? RunAtUtc);
