namespace OrchardCommerce.Jobs;

/// <summary>A job with its payload and its full state history, oldest first.</summary>
public sealed record JobDetail(JobSummary Job, string PayloadJson, IReadOnlyList<JobStateRecord> History);
