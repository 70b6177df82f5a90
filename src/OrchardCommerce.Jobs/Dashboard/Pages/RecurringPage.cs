using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>Recurring jobs: schedule, next and last run, last result, and Trigger now.</summary>
internal static class RecurringPage
{
    public static string Render(DashboardPage page, IReadOnlyList<RecurringJobInfo> recurring, string? flash)
    {
        var urls = page.Urls;
        var w = new HtmlWriter();
        if (recurring.Count == 0)
            return DashboardLayout.Render(page, "Recurring jobs", new Markup("<p class=\"empty\">No recurring jobs.</p>"), flash);
        w.Append($"<table class=\"recurring\"><thead><tr><th>Id</th><th>Type</th><th>Cron</th><th>Time zone</th><th>Queue</th>");
        w.Append($"<th>Next run</th><th>Last run</th><th>Last result</th><th></th></tr></thead><tbody>");
        foreach (var job in recurring)
        {
            w.Append($"<tr><td class=\"key\">{job.Id}</td><td class=\"type\">{job.Type}</td><td><code>{job.Cron}</code></td>");
            w.Append($"<td>{job.TimeZone}</td><td>{job.Queue}</td>");
            w.Append($"<td><time title=\"{job.NextRunUtc?.ToString("u") ?? ""}\">{page.Relative(job.NextRunUtc)}</time></td>");
            w.Append($"<td><time title=\"{job.LastRunUtc?.ToString("u") ?? ""}\">{page.Relative(job.LastRunUtc)}</time></td><td>");
            if (job.LastState is { } state && job.LastJobId is { } lastJobId)
                w.Append($"<a class=\"badge state-{DashboardUrls.Slug(state)}\" href=\"{urls.Job(lastJobId)}\">{DashboardLayout.Label(state)} #{lastJobId}</a>");
            else if (job.LastState is { } lastState)
                w.Append($"<span class=\"badge state-{DashboardUrls.Slug(lastState)}\">{DashboardLayout.Label(lastState)}</span>");
            if (job.LastError is not null) w.Append($"<div class=\"error\">{job.LastError}</div>");
            w.Append($"</td><td>{page.ButtonForm(urls.TriggerRecurring(job.Id), "Trigger now", "primary")}</td></tr>");
        }
        w.Append($"</tbody></table>");
        return DashboardLayout.Render(page, "Recurring jobs", w.ToMarkup(), flash);
    }
}
