namespace OrchardCommerce.Media.Tests.Infrastructure;

/// <summary>A clock the test sets by hand, so stored dates are exact.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
