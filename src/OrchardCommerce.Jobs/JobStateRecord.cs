namespace OrchardCommerce.Jobs;

/// <summary>One entry of a job's history: every transition appends one.</summary>
public sealed record JobStateRecord(JobState State, DateTime AtUtc, string? Reason, string? Worker, string? Exception);
