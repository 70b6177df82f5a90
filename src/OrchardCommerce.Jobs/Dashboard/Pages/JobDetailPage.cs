using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>One job: its fields, the actions its state allows, its payload, last exception and state history.</summary>
internal static class JobDetailPage
{
    // Relaxed escaping shows "<" and "é" as they are; the HtmlWriter encodes the result for the page.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(DashboardPage page, JobDetail detail, string? flash)
    {
        var (job, urls) = (detail.Job, page.Urls);
        var slug = DashboardUrls.Slug(job.State);
        var w = new HtmlWriter();
        w.Append($"<dl class=\"fields\"><dt>State</dt><dd><a class=\"badge state-{slug}\" href=\"{urls.List(job.State)}\">{DashboardLayout.Label(job.State)}</a></dd>");
        w.Append($"<dt>Type</dt><dd class=\"type\">{job.Type}</dd><dt>Queue</dt><dd>{job.Queue}</dd>");
        w.Append($"<dt>Idempotency key</dt><dd class=\"key\">{job.IdempotencyKey ?? "—"}</dd><dt>Attempt</dt><dd>{job.Attempt}</dd>");
        w.Append($"<dt>Created</dt><dd>{job.CreatedUtc} UTC ({page.Relative(job.CreatedUtc)})</dd>");
        w.Append($"<dt>In state since</dt><dd>{job.StateChangedUtc} UTC ({page.Relative(job.StateChangedUtc)})</dd>");
        if (job.RunAtUtc is { } runAt && job.State is JobState.Scheduled or JobState.Failed or JobState.Enqueued) w.Append($"<dt>Runs at</dt><dd>{runAt} UTC ({page.Relative(runAt)})</dd>");
        w.Append($"</dl><div class=\"actions\">");
        if (job.State is JobState.Failed or JobState.DeadLettered or JobState.Succeeded or JobState.Deleted)
            w.Append($"{page.ButtonForm(urls.RequeueJob(job.Id), "Requeue", "primary")}");
        if (job.State is not (JobState.Deleted or JobState.Processing))
            w.Append($"{page.ButtonForm(urls.DeleteJob(job.Id), "Delete", "danger", $"Delete job #{job.Id}?")}");
        if (job.State == JobState.DeadLettered)
            w.Append($"{page.ButtonForm(urls.RequeueDeadLetters, $"Requeue all dead letters of type {job.Type}", "", $"Requeue every dead letter of type {job.Type}?", ("type", job.Type))}");
        w.Append($"</div>");

        w.Append($"<section class=\"panel\"><h2>Payload</h2><pre class=\"json\">{PrettyJson(detail.PayloadJson)}</pre></section>");
        var lastException = detail.History.LastOrDefault(record => record.Exception is not null)?.Exception
            ?? job.LastError;
        if (lastException is not null)
            w.Append($"<section class=\"panel\"><h2>Last exception</h2><pre class=\"exception\">{lastException}</pre></section>");
        w.Append($"<section class=\"panel\"><h2>State history</h2>{History(page, detail.History)}</section>");
        return DashboardLayout.Render(page, $"Job #{job.Id}", w.ToMarkup(), flash);
    }

    private static Markup History(DashboardPage page, IReadOnlyList<JobStateRecord> history)
    {
        var w = new HtmlWriter();
        w.Append($"<table class=\"history\"><thead><tr><th>Time (UTC)</th><th>State</th><th>Reason</th><th>Worker</th><th>Exception</th></tr></thead><tbody>");
        // Newest first by the order the records happened in (History is oldest first), not by time: a fast job is
        // claimed and finished within one millisecond, and clocks of different workers need not agree.
        foreach (var record in history.Reverse())
        {
            var slug = DashboardUrls.Slug(record.State);
            w.Append($"<tr><td><time title=\"{page.Relative(record.AtUtc)}\">{record.AtUtc}</time></td>");
            w.Append($"<td><span class=\"badge state-{slug}\">{DashboardLayout.Label(record.State)}</span></td>");
            w.Append($"<td class=\"reason\">{record.Reason ?? ""}</td><td>{record.Worker ?? ""}</td><td>");
            if (record.Exception is { } exception)
                w.Append($"<details><summary>{FirstLine(exception)}</summary><pre class=\"exception\">{exception}</pre></details>");
            w.Append($"</td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }

    private static string PrettyJson(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? "null";
        }
        catch (JsonException)
        {
            return json; // shown as stored: a payload that does not parse is exactly what ops need to see
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');
}
