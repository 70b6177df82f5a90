using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>/webhooks/deliveries/{job}: one delivery's event and subscription, its job's state, every attempt, and Redeliver.</summary>
internal static class DeliveryPage
{
    public static Markup Render(DashboardPage page, WebhookUrls urls, long jobId, DeliverWebhook delivery, string? url,
        IReadOnlyList<WebhookDeliveryAttempt> attempts, JobSummary? job)
    {
        var w = new HtmlWriter();
        w.Append($"<dl class=\"fields\"><dt>Tenant</dt><dd>{delivery.Tenant}</dd>");
        w.Append($"<dt>Event</dt><dd class=\"type\">{delivery.Event.Type} <span class=\"muted key\">{delivery.Event.Id}</span></dd>");
        w.Append($"<dt>Subscription</dt><dd class=\"key\">{delivery.SubscriptionId}</dd><dt>URL</dt><dd class=\"key\">{url ?? "—"}</dd>");
        if (delivery.RedeliveryOf is { } original)
            w.Append($"<dt>Redelivery of</dt><dd><a href=\"{urls.Delivery(original)}\">#{original}</a></dd>");
        w.Append($"<dt>Job</dt><dd>");
        if (job is null) w.Append($"#{jobId} <span class=\"muted\">(removed after its retention)</span>");
        else
            w.Append($"<a href=\"{urls.Dashboard.Job(jobId)}\">#{jobId}</a> <span class=\"badge state-{DashboardUrls.Slug(job.State)}\">{DashboardLayout.Label(job.State)}</span>");
        w.Append($"</dd></dl>");
        if (attempts.Count > 0)
            w.Append($"<div class=\"actions\">{page.ButtonForm(urls.Redeliver(jobId), "Redeliver", "primary", "Send this event to the subscription again?")}</div>");

        w.Append($"<section class=\"panel\"><h2>Attempts ({attempts.Count})</h2>");
        if (attempts.Count == 0) w.Append($"<p class=\"empty\">No attempt yet.</p>");
        else w.Append($"{Attempts(attempts, job?.State)}");
        w.Append($"</section><section class=\"panel\"><h2>Body</h2><pre class=\"json\">{(attempts.Count > 0 ? attempts[^1].EventJson : "")}</pre></section>");
        return w.ToMarkup();
    }

    private static Markup Attempts(IReadOnlyList<WebhookDeliveryAttempt> attempts, JobState? state)
    {
        var w = new HtmlWriter();
        w.Append($"<table class=\"attempts\"><thead><tr><th>Attempt</th><th>Time (UTC)</th><th>Status</th><th>Error</th><th>Duration</th></tr></thead><tbody>");
        foreach (var attempt in attempts)
        {
            var last = ReferenceEquals(attempt, attempts[^1]);
            w.Append($"<tr><td>{attempt.Attempt}</td><td>{attempt.AtUtc}</td><td>{DeliveryBadge.Render(attempt, last ? state : null)}</td>");
            w.Append($"<td class=\"error\">{attempt.Error ?? ""}</td><td>{attempt.DurationMs} ms</td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }
}
