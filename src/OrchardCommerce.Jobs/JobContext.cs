namespace OrchardCommerce.Jobs;

/// <summary>What a handler knows about the job it runs.</summary>
public sealed class JobContext
{
    public long JobId { get; init; }
    public string Type { get; init; } = "";

    /// <summary>1 on the first run.</summary>
    public int Attempt { get; init; }

    public string? IdempotencyKey { get; init; }
    public string Queue { get; init; } = "";
}
