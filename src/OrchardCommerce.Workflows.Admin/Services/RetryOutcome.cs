namespace OrchardCommerce.Workflows.Admin.Services;

/// <summary>What a Retry came to; <see cref="Detail"/> is the engine's own words when it refused.</summary>
internal sealed record RetryOutcome(RetryResult Result, string? Detail = null)
{
    public static readonly RetryOutcome Resolved = new(RetryResult.Resolved);
    public static readonly RetryOutcome NotFound = new(RetryResult.NotFound);
    public static readonly RetryOutcome AlreadyResolved = new(RetryResult.AlreadyResolved);
}
