namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// An ISO 8601 repeating interval: R5/PT10S, R/P1D (infinite), R3/2022-04-27T17:20:00Z/P1D (first at the start).
/// Repetitions is -1 for an unbounded cycle.
/// </summary>
internal sealed record IsoCycle(int Repetitions, DateTimeOffset? Start, IsoDuration Interval)
{
    public static bool TryParse(string text, out IsoCycle? cycle)
    {
        cycle = null;
        var parts = text.Trim().Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R'))
        {
            return false;
        }

        var repetitions = -1;
        if (parts[0].Length > 1 && (!int.TryParse(parts[0][1..], out repetitions) || repetitions < 0))
        {
            return false;
        }

        if (parts.Length == 2)
        {
            if (!IsoDuration.TryParse(parts[1], out var interval))
            {
                return false;
            }

            cycle = new IsoCycle(repetitions, null, interval);
            return true;
        }

        if (!IsoTimer.TryParseDate(parts[1], out var start) || !IsoDuration.TryParse(parts[2], out var every))
        {
            return false;
        }

        cycle = new IsoCycle(repetitions, start, every);
        return true;
    }

    /// <summary>The first due time: the start if given, otherwise one interval from now.</summary>
    public DateTimeOffset FirstDue(DateTimeOffset now) => Start ?? Interval.AddTo(now);

    public override string ToString() => $"R{(Repetitions < 0 ? "" : Repetitions)}";
}
