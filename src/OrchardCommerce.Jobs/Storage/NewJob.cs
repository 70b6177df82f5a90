namespace OrchardCommerce.Jobs.Storage;

/// <summary>A row to insert: Enqueued with RunAtUtc = now, Scheduled with a later time, or Scheduled without one while it awaits its parent.</summary>
internal sealed record NewJob(string Type, string Queue, string PayloadJson, string? IdempotencyKey, JobState State,
    DateTime? RunAtUtc, long? ParentJobId, DateTime NowUtc, string Reason);
