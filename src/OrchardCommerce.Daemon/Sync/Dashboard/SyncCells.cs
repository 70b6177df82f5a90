using System.Globalization;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>How the section writes times and durations: relative with the exact UTC time on hover; lags in ms, s or min.</summary>
internal static class SyncCells
{
    public static Markup Time(DashboardPage page, DateTimeOffset? at) => at is { } value
        ? new HtmlWriter().Append($"<time datetime=\"{value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\" title=\"{value.UtcDateTime} UTC\">{page.Relative(value.UtcDateTime)}</time>").ToMarkup()
        : new Markup("—");

    public static Markup Time(DashboardPage page, DateTime? utc) =>
        Time(page, utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null);

    /// <summary>A direction as an attribute value scripts and tests can match ("commerce-to-content"), free of the arrow.</summary>
    public static string Slug(string direction) =>
        direction == SyncDirection.CommerceToContent ? "commerce-to-content" : direction == SyncDirection.ContentToCommerce ? "content-to-commerce" : direction;

    public static string Lag(TimeSpan? lag) => lag switch
    {
        null => "—",
        { TotalSeconds: < 1 } l => $"{l.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms",
        { TotalMinutes: < 1 } l => $"{l.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s",
        { } l => $"{l.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min",
    };
}
