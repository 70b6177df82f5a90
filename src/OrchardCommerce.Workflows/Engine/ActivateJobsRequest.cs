namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// A worker asking for jobs of one type (reference §2.6). RequestTimeout: null or zero = long-poll for the engine
/// default, negative = answer at once.
/// </summary>
public sealed record ActivateJobsRequest
{
    public required string Type { get; init; }

    public string Worker { get; init; } = "";

    public required TimeSpan Timeout { get; init; }

    public int MaxJobs { get; init; } = 32;

    public IReadOnlyList<string>? FetchVariables { get; init; }

    public TimeSpan? RequestTimeout { get; init; }
}
