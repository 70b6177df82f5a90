using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>A date as the dashboard shows one: relative ("3m ago"), the exact UTC time on hover.</summary>
internal static class TimeCell
{
    public static Markup Render(DashboardPage page, DateTimeOffset? at) => at is { } value
        ? new HtmlWriter().Append($"<time datetime=\"{value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\" title=\"{value.UtcDateTime} UTC\">{page.Relative(value.UtcDateTime)}</time>").ToMarkup()
        : new Markup("—");
}
