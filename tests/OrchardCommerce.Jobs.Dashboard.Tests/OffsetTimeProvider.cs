namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>System time plus an offset the test moves forward: timers keep running, "now" jumps.</summary>
public sealed class OffsetTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
