namespace OrchardCommerce.Contents.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so dates in assertions are exact.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
