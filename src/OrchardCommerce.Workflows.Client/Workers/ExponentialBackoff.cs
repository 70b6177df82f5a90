namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// Pause n (1-based) lies in [d/2, d] with d = min(cap, first · 2^(n-1)): growing, capped, and jittered so that
/// many workers failing together do not poll again in step.
/// </summary>
internal static class ExponentialBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan cap)
    {
        if (attempt < 1 || first <= TimeSpan.Zero) return TimeSpan.Zero;
        var ceiling = Math.Min(cap.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
