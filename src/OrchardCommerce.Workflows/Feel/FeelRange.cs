namespace OrchardCommerce.Workflows.Feel;

/// <summary>A FEEL range value such as [1..10) — used by `in` and as an iteration source.</summary>
internal sealed record FeelRange(object? Low, bool LowClosed, object? High, bool HighClosed)
{
    public bool? Contains(object? value)
    {
        var low = FeelOperators.Compare(value, Low);
        var high = FeelOperators.Compare(value, High);
        if (low is null || high is null)
        {
            return null;
        }

        return (LowClosed ? low >= 0 : low > 0) && (HighClosed ? high <= 0 : high < 0);
    }
}
