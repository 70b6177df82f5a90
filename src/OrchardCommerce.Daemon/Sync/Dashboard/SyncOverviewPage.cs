using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// /sync: the sync per tenant and direction (this process's counters), the feeds as the followers read them, then a
/// panel per tenant with its failing jobs, the resync buttons and its last reconciliations.
/// </summary>
internal static class SyncOverviewPage
{
    public static string Render(DashboardPage page, SyncUrls urls, SyncOverview overview, string? flash)
    {
        var w = new HtmlWriter();
        if (overview.DirectoryError is not null)
            w.Append($"<p class=\"flash error\" role=\"alert\">The tenant list could not be read from Cms.Web: {overview.DirectoryError}</p>");
        w.Append($"<section class=\"panel\" id=\"directions\"><h2>Per tenant and direction</h2>");
        w.Append($"<p class=\"muted\">Counted by this process since it started; dropped = stale or unchanged writes.</p>{Stats(page, overview)}</section>");
        w.Append($"<section class=\"panel\" id=\"feeds\"><h2>Feeds</h2>{Feeds(page, overview)}</section>");
        w.Append($"<p class=\"muted\">{overview.FailedTotal} failed (retrying) and {overview.DeadLetteredTotal} dead-lettered sync jobs");
        w.Append($" · <a href=\"{urls.Dashboard.List(Jobs.JobState.DeadLettered, "sync.")}\">all dead letters</a></p>");
        if (overview.Tenants.Count == 0) w.Append($"<p class=\"empty\">No tenant runs the sync.</p>");
        foreach (var tenant in overview.Tenants) w.Append($"{SyncTenantPanel.Render(page, urls, tenant)}");
        return DashboardLayout.Render(page, "Sync", w.ToMarkup(), flash);
    }

    private static Markup Stats(DashboardPage page, SyncOverview overview)
    {
        var w = new HtmlWriter();
        if (overview.Stats.Count == 0) return w.Append($"<p class=\"empty\">No sync writes yet.</p>").ToMarkup();
        w.Append($"<table class=\"sync-directions\"><thead><tr><th>Tenant</th><th>Direction</th><th>Applied</th><th>Dropped</th>");
        w.Append($"<th>Lag p50</th><th>p95</th><th>p99</th><th>Last minute</th><th>Last applied</th></tr></thead><tbody>");
        foreach (var row in overview.Stats)
        {
            w.Append($"<tr data-tenant=\"{row.Tenant}\" data-direction=\"{SyncCells.Slug(row.Direction)}\"><td>{row.Tenant}</td><td>{row.Direction}</td>");
            w.Append($"<td class=\"applied\">{row.Applied}</td><td class=\"dropped\">{row.Dropped}</td><td>{SyncCells.Lag(row.LagP50)}</td>");
            w.Append($"<td>{SyncCells.Lag(row.LagP95)}</td><td>{SyncCells.Lag(row.LagP99)}</td><td class=\"per-minute\">{row.PerMinute}</td>");
            w.Append($"<td>{SyncCells.Time(page, row.LastAppliedUtc)}</td></tr>");
        }
        return w.Append($"</tbody></table>").ToMarkup();
    }

    private static Markup Feeds(DashboardPage page, SyncOverview overview)
    {
        var w = new HtmlWriter();
        if (overview.Feeds.Count == 0) return w.Append($"<p class=\"empty\">No feed read yet.</p>").ToMarkup();
        w.Append($"<table class=\"sync-feeds\"><thead><tr><th>Tenant</th><th>Feed</th><th>Events read</th><th>Last event</th><th>Last read</th>");
        w.Append($"<th>Failures</th><th>Last error</th></tr></thead><tbody>");
        foreach (var feed in overview.Feeds)
        {
            w.Append($"<tr data-tenant=\"{feed.Tenant}\" data-feed=\"{feed.Feed}\"><td>{feed.Tenant}</td><td>{feed.Feed}</td>");
            w.Append($"<td class=\"events-read\">{feed.EventsRead}</td><td>");
            if (feed.LastEvent is { } last)
                w.Append($"<span class=\"type\">{last.Type}</span> <code>{last.AggregateId}</code> {SyncCells.Time(page, last.OccurredUtc)}");
            else w.Append($"—");
            w.Append($"</td><td>{SyncCells.Time(page, feed.LastReadUtc)}</td><td>{feed.Failures}</td>");
            w.Append($"<td class=\"error\">{feed.LastError ?? "—"}{(feed.LastErrorUtc is { } at ? new HtmlWriter().Append($" ({SyncCells.Time(page, at)})").ToMarkup() : Markup.Empty)}</td></tr>");
        }
        return w.Append($"</tbody></table>").ToMarkup();
    }
}
