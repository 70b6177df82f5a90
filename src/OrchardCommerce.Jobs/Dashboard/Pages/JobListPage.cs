using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>The jobs in one state, newest first, with search by type or idempotency key and paging.</summary>
internal static class JobListPage
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static string Render(DashboardPage page, JobState state, string? search, int pageNumber, int pageSize,
        IReadOnlyList<JobSummary> items, long total, string? flash)
    {
        var urls = page.Urls;
        var w = new HtmlWriter();
        w.Append($"<form method=\"get\" class=\"search\" action=\"{urls.List(state)}\" role=\"search\">");
        w.Append($"<input type=\"search\" name=\"search\" value=\"{search}\" placeholder=\"Type or idempotency key\" aria-label=\"Search\">");
        if (pageSize != DefaultPageSize) w.Append($"<input type=\"hidden\" name=\"size\" value=\"{pageSize}\">");
        w.Append($"<button type=\"submit\">Search</button></form>");
        w.Append($"<p class=\"muted\">{total} job{(total == 1 ? "" : "s")}");
        if (!string.IsNullOrEmpty(search)) w.Append($" matching “{search}”");
        w.Append($"</p>");

        if (items.Count == 0) w.Append($"<p class=\"empty\">No jobs here.</p>");
        else w.Append($"{Table(page, state, items)}");
        w.Append($"{Pager.Render(pageNumber, pageSize, total, n => urls.List(state, search, n, pageSize == DefaultPageSize ? null : pageSize))}");

        if (state == JobState.DeadLettered && items.Count > 0)
        {
            w.Append($"<section class=\"panel\"><h2>Requeue all dead letters of a type</h2><div class=\"actions\">");
            foreach (var type in items.Select(job => job.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                w.Append($"{page.ButtonForm(urls.RequeueDeadLetters, $"Requeue all {type}", "", $"Requeue every dead letter of type {type}?", ("type", type))}");
            w.Append($"</div></section>");
        }
        return DashboardLayout.Render(page, DashboardLayout.Label(state), w.ToMarkup(), flash);
    }

    private static Markup Table(DashboardPage page, JobState state, IReadOnlyList<JobSummary> items)
    {
        var showRunAt = state is JobState.Scheduled or JobState.Failed or JobState.Enqueued;
        var w = new HtmlWriter();
        w.Append($"<table class=\"jobs\"><thead><tr><th>Id</th><th>Type</th><th>Queue</th><th>Idempotency key</th><th>Attempt</th>");
        w.Append($"<th>Created</th><th>In state since</th>{(showRunAt ? new Markup("<th>Runs</th>") : Markup.Empty)}<th>Last error</th></tr></thead><tbody>");
        foreach (var job in items)
        {
            w.Append($"<tr><td><a href=\"{page.Urls.Job(job.Id)}\">#{job.Id}</a></td><td class=\"type\">{job.Type}</td>");
            w.Append($"<td>{job.Queue}</td><td class=\"key\">{job.IdempotencyKey ?? "—"}</td><td>{job.Attempt}</td>");
            w.Append($"<td><time title=\"{job.CreatedUtc} UTC\">{page.Relative(job.CreatedUtc)}</time></td>");
            w.Append($"<td><time title=\"{job.StateChangedUtc} UTC\">{page.Relative(job.StateChangedUtc)}</time></td>");
            if (showRunAt) w.Append($"<td>{page.Relative(job.RunAtUtc)}</td>");
            w.Append($"<td class=\"error\">{Truncate(job.LastError, 140)}</td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }

    private static string Truncate(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..max] + "…";
}
