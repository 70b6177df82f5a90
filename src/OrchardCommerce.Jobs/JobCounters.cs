namespace OrchardCommerce.Jobs;

/// <summary>Job counts per state and the last hour per minute.</summary>
public sealed record JobCounters(IReadOnlyDictionary<JobState, long> ByState, IReadOnlyList<MinuteBucket> LastHour);
