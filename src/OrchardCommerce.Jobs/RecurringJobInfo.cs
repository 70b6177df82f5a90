namespace OrchardCommerce.Jobs;

/// <summary>A recurring job with its next run and the result of its last run.</summary>
public sealed record RecurringJobInfo(string Id, string Type, string Cron, string TimeZone, string Queue,
    DateTime? NextRunUtc, DateTime? LastRunUtc, JobState? LastState, long? LastJobId, string? LastError);
