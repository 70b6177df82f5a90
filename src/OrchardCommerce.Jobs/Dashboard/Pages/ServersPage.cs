using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>Servers and their workers with heartbeats; a server that missed its heartbeats is marked stale.</summary>
internal static class ServersPage
{
    /// <summary>Stale once its lease would have run out, and never sooner than three missed heartbeats.</summary>
    public static TimeSpan StaleAfter(JobsOptions options) =>
        options.LeaseDuration > options.HeartbeatInterval * 3 ? options.LeaseDuration : options.HeartbeatInterval * 3;

    public static string Render(DashboardPage page, IReadOnlyList<ServerInfo> servers, TimeSpan staleAfter)
    {
        if (servers.Count == 0)
            return DashboardLayout.Render(page, "Servers", new Markup("<p class=\"empty\">No server has reported a heartbeat.</p>"));
        var w = new HtmlWriter();
        w.Append($"<table class=\"servers\"><thead><tr><th>Server</th><th>Host</th><th>Workers</th><th>Queues</th>");
        w.Append($"<th>Started (UTC)</th><th>Heartbeat</th></tr></thead><tbody>");
        foreach (var server in servers.OrderByDescending(s => s.HeartbeatUtc))
        {
            var stale = page.NowUtc - server.HeartbeatUtc > staleAfter;
            w.Append($"<tr class=\"{(stale ? "stale" : "")}\"><td class=\"key\">{server.Id}</td><td>{server.Host}</td>");
            w.Append($"<td>{server.WorkerCount}</td><td>{string.Join(", ", server.Queues)}</td><td>{server.StartedUtc}</td>");
            w.Append($"<td><time title=\"{server.HeartbeatUtc} UTC\">{page.Relative(server.HeartbeatUtc)}</time>");
            if (stale) w.Append($" <span class=\"badge stale\">stale</span>");
            w.Append($"</td></tr>");
        }
        w.Append($"</tbody></table><p class=\"muted\">A server is stale when its last heartbeat is older than {staleAfter.TotalSeconds:0} s; ");
        w.Append($"the lease rescuer hands its jobs to live workers.</p>");
        return DashboardLayout.Render(page, "Servers", w.ToMarkup());
    }
}
