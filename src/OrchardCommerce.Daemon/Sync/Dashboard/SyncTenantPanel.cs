using System.Text.Json.Nodes;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>One tenant on the overview: resync buttons, its failed and dead-lettered sync jobs with Replay, its last reconciliations.</summary>
internal static class SyncTenantPanel
{
    private const int DriftLimit = 10;

    public static Markup Render(DashboardPage page, SyncUrls urls, SyncTenantView tenant)
    {
        var name = tenant.Name;
        var w = new HtmlWriter();
        w.Append($"<section class=\"panel sync-tenant\" data-tenant=\"{name}\"><h2>{name}");
        if (!tenant.Running) w.Append($" <span class=\"badge stale\">not running</span>");
        w.Append($"</h2>");
        if (tenant.ReadError is not null) w.Append($"<p class=\"flash error\" role=\"alert\">{tenant.ReadError}</p>");
        if (tenant.Running && tenant.SyncEnabled) w.Append($"{Actions(page, urls, name)}");
        w.Append($"<h3>Failing sync jobs ({tenant.Jobs.Count})</h3>{Jobs(page, urls, tenant)}");
        if (tenant.SyncEnabled) w.Append($"<h3>Last reconciliations</h3>{Reports(page, urls, tenant)}");
        return w.Append($"</section>").ToMarkup();
    }

    private static Markup Actions(DashboardPage page, SyncUrls urls, string tenant)
    {
        var w = new HtmlWriter();
        w.Append($"<div class=\"actions\">{page.ButtonForm(urls.ResyncTenant(tenant), "Resync tenant", "primary", $"Send every product of {tenant} through the sync again?")}");
        w.Append($"<form method=\"post\" class=\"inline resync-product\" action=\"{urls.ResyncProductForm(tenant)}\">{page.AntiforgeryField}");
        w.Append($"<input name=\"productId\" placeholder=\"product id\" required aria-label=\"Product id to resync\"> <button type=\"submit\">Resync product</button></form>");
        w.Append($"<form method=\"get\" class=\"inline find-product\" action=\"{urls.FindProduct(tenant)}\">");
        w.Append($"<input name=\"productId\" placeholder=\"product id\" required aria-label=\"Product id to compare\"> <button type=\"submit\">Show diff</button></form></div>");
        return w.ToMarkup();
    }

    private static Markup Jobs(DashboardPage page, SyncUrls urls, SyncTenantView tenant)
    {
        var w = new HtmlWriter();
        if (tenant.Jobs.Count == 0) return w.Append($"<p class=\"empty\">None.</p>").ToMarkup();
        w.Append($"<table class=\"sync-jobs\"><thead><tr><th>Job</th><th>Type</th><th>State</th><th>Attempts</th><th>Of</th><th>Last error</th>");
        w.Append($"<th>Since</th><th></th></tr></thead><tbody>");
        foreach (var view in tenant.Jobs)
        {
            var job = view.Job;
            var slug = DashboardUrls.Slug(job.State);
            w.Append($"<tr data-job-id=\"{job.Id}\" data-state=\"{slug}\"><td class=\"key\"><a href=\"{urls.Dashboard.Job(job.Id)}\">#{job.Id}</a></td>");
            w.Append($"<td class=\"type\">{job.Type}</td><td><span class=\"badge state-{slug}\">{DashboardLayout.Label(job.State)}</span></td>");
            w.Append($"<td>{job.Attempt}</td><td>{Subject(urls, view)}</td><td class=\"error\">{job.LastError ?? "—"}</td>");
            w.Append($"<td>{SyncCells.Time(page, job.StateChangedUtc)}</td><td>{page.ButtonForm(urls.ReplayJob(job.Id), "Replay", "primary")}</td></tr>");
        }
        w.Append($"</tbody></table>");
        if (tenant.Running && tenant.Jobs.Any(j => j.Job.State == JobState.DeadLettered))
            w.Append($"<div class=\"actions\">{page.ButtonForm(urls.ReplayAll(tenant.Name), "Replay all dead letters", "danger", $"Requeue every dead-lettered sync job of {tenant.Name}?")}</div>");
        return w.ToMarkup();
    }

    private static Markup Subject(SyncUrls urls, SyncJobView view)
    {
        var w = new HtmlWriter();
        if (view.ProductId is { } productId) w.Append($"product <a href=\"{urls.Product(view.Tenant, productId)}\"><code>{productId}</code></a>");
        else if (view.ContentItemId is { } itemId) w.Append($"item <code>{itemId}</code>");
        else w.Append($"the tenant");
        return w.ToMarkup();
    }

    private static Markup Reports(DashboardPage page, SyncUrls urls, SyncTenantView tenant)
    {
        var w = new HtmlWriter();
        if (tenant.Reports.Count == 0) return w.Append($"<p class=\"empty\">None yet.</p>").ToMarkup();
        w.Append($"<table class=\"sync-reports\"><thead><tr><th>Started</th><th>Trigger</th><th>Checked</th><th>Drifted</th><th>Drift</th></tr></thead><tbody>");
        foreach (var report in tenant.Reports)
        {
            w.Append($"<tr><td>{SyncCells.Time(page, (DateTime?)report["startedUtc"])}</td><td>{(string?)report["trigger"]}</td>");
            w.Append($"<td>{(long?)report["checked"]}</td><td>{(long?)report["drifted"]}</td><td>");
            var drifts = (report["report"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            foreach (var drift in drifts.Take(DriftLimit))
            {
                var productId = (string?)drift["productId"] ?? "";
                w.Append($"<div><a href=\"{urls.Product(tenant.Name, productId)}\"><code>{productId}</code></a> {(string?)drift["direction"]}: {(string?)drift["reason"]}</div>");
            }
            if (drifts.Count > DriftLimit) w.Append($"<div class=\"muted\">and {drifts.Count - DriftLimit} more</div>");
            w.Append($"</td></tr>");
        }
        return w.Append($"</tbody></table>").ToMarkup();
    }
}
