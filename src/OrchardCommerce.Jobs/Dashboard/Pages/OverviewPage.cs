using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>Counters per state, the succeeded/failed graph of the last hour (drawn and refreshed by dashboard.js), servers.</summary>
internal static class OverviewPage
{
    public static string Render(DashboardPage page, JobCounters counters, IReadOnlyList<ServerInfo> servers, TimeSpan staleAfter)
    {
        var urls = page.Urls;
        var w = new HtmlWriter();
        w.Append($"<section class=\"counters\">");
        foreach (var state in Enum.GetValues<JobState>())
        {
            var slug = DashboardUrls.Slug(state);
            w.Append($"<a class=\"counter state-{slug}\" href=\"{urls.List(state)}\"><span class=\"count\" data-count=\"{slug}\">");
            w.Append($"{counters.ByState.GetValueOrDefault(state)}</span><span class=\"label\">{DashboardLayout.Label(state)}</span></a>");
        }
        w.Append($"</section>");

        // The graph is drawn by dashboard.js from data-stats (first paint) and then from polling data-src.
        w.Append($"<section class=\"panel\"><h2>Succeeded and failed per minute, last hour</h2>");
        w.Append($"<svg id=\"graph\" class=\"graph\" viewBox=\"0 0 720 220\" role=\"img\" aria-label=\"Succeeded and failed jobs per minute\" ");
        w.Append($"data-src=\"{urls.Stats}\" data-stats=\"{StatsJson.Serialize(counters, page.NowUtc)}\"></svg>");
        w.Append($"<p class=\"legend\"><span class=\"key succeeded\"></span>Succeeded <span class=\"key failed\"></span>Failed");
        w.Append($" <span class=\"muted\" id=\"graph-status\">refreshes every 5 seconds</span></p></section>");

        var stale = servers.Count(server => page.NowUtc - server.HeartbeatUtc > staleAfter);
        w.Append($"<section class=\"panel\"><h2>Servers</h2><p><a href=\"{urls.Servers}\">{servers.Count - stale} active");
        w.Append($"</a>, {servers.Where(s => page.NowUtc - s.HeartbeatUtc <= staleAfter).Sum(s => s.WorkerCount)} workers");
        if (stale > 0) w.Append($", <span class=\"badge stale\">{stale} stale</span>");
        w.Append($"</p></section>");
        return DashboardLayout.Render(page, "Overview", w.ToMarkup());
    }
}
