namespace OrchardCommerce.Jobs;

/// <summary>How a job type retries: attempts, exponential backoff with jitter, exception types that dead-letter at once.</summary>
public sealed class RetryPolicy
{
    public int MaxAttempts { get; init; } = 10;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Fraction of the delay added or removed at random (0.2 = ±20 %), so retries of a burst spread out.</summary>
    public double Jitter { get; init; } = 0.2;

    public IReadOnlyList<Type> NonRetryable { get; init; } = [];

    public static RetryPolicy Default { get; } = new();

    /// <summary>The delay before the run after <paramref name="attempt"/> (1-based) failed.</summary>
    public TimeSpan DelayAfter(int attempt, Random random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var raw = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        var factor = 1 + Jitter * (random.NextDouble() * 2 - 1);
        return TimeSpan.FromMilliseconds(Math.Min(raw * factor, MaxDelay.TotalMilliseconds));
    }

    public bool IsNonRetryable(Exception exception) =>
        exception is NonRetryableJobException || NonRetryable.Any(t => t.IsInstanceOfType(exception));
}
