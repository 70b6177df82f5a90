using System.Globalization;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>Timer values in ISO 8601 text (reference §5.6): the only timer format the engine accepts.</summary>
internal static class IsoTimer
{
    public static bool IsValid(TimerKind kind, string text) => kind switch
    {
        TimerKind.Duration => IsoDuration.TryParse(text, out _),
        TimerKind.Date => TryParseDate(text, out _),
        _ => IsoCycle.TryParse(text, out _),
    };

    public static bool TryParseDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
        && text.Contains('T', StringComparison.Ordinal);
}
