namespace OrchardCommerce.Jobs;

/// <summary>One job as listed by the monitor.</summary>
public sealed record JobSummary(long Id, string Type, string Queue, JobState State, string? IdempotencyKey, int Attempt,
    DateTime CreatedUtc, DateTime StateChangedUtc, DateTime? RunAtUtc, string? LastError);
