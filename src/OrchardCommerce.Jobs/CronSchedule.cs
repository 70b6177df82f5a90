using Quartz;

namespace OrchardCommerce.Jobs;

/// <summary>
/// A cron schedule in a time zone, by Quartz's CronExpression (which handles DST: a skipped local time runs at the
/// next valid time, a repeated one once). Accepts Quartz's 6–7 fields or classic 5-field cron (seconds = 0).
/// </summary>
internal sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression) => _expression = expression;

    /// <summary>Throws <see cref="JobValidationException"/> naming "cron" or "timeZone".</summary>
    public static CronSchedule Parse(string cron, string timeZoneId)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new JobValidationException("timeZone", $"Unknown time zone '{timeZoneId}'.");
        }
        try
        {
            return new CronSchedule(new CronExpression(ToQuartz(cron)).WithTimeZone(zone));
        }
        catch (FormatException e)
        {
            throw new JobValidationException("cron", $"Cron '{cron}' does not parse: {e.Message}");
        }
    }

    /// <summary>The first run strictly after <paramref name="afterUtc"/>, or null when the expression has no more runs.</summary>
    public DateTime? NextAfter(DateTime afterUtc) =>
        _expression.GetNextValidTimeAfter(new DateTimeOffset(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc)))?.UtcDateTime;

    private static string ToQuartz(string cron)
    {
        var fields = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5) return string.Join(' ', fields);
        // Quartz wants one of day-of-month / day-of-week to be '?'.
        var (dayOfMonth, dayOfWeek) = (fields[2], fields[4]);
        if (dayOfWeek == "*") dayOfWeek = "?";
        else if (dayOfMonth == "*") dayOfMonth = "?";
        return $"0 {fields[0]} {fields[1]} {dayOfMonth} {fields[3]} {dayOfWeek}";
    }
}
