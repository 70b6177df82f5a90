using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>
/// The section's pages and its one button. Pages only read (the log and the job monitor); Redeliver asks the jobs
/// engine for a new job, post-redirect-get to the new delivery. Sign-in and antiforgery are the dashboard filter's.
/// </summary>
internal static class WebhookDashboardEndpoints
{
    public static void MapWebhookDashboard(this RouteGroupBuilder guarded)
    {
        guarded.MapGet($"/{WebhookUrls.Segment}", ListAsync);
        guarded.MapGet($"/{WebhookUrls.Segment}/deliveries/{{jobId:long}}", DeliveryAsync);
        guarded.MapPost($"/{WebhookUrls.Segment}/deliveries/{{jobId:long}}/redeliver", RedeliverAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, WebhookDeliveryLog log, string? tenant, string? status, int? page,
        CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        tenant = string.IsNullOrWhiteSpace(tenant) ? null : tenant.Trim();
        status = string.IsNullOrWhiteSpace(status) ? null : status.Trim();
        if (status is not null && !WebhookDeliveryOutcome.All.Contains(status))
            return HtmlPageResult.NotFound(dashboard, $"There is no delivery status “{status}”.");
        var pageNumber = Math.Max(page ?? 1, 1);
        var (items, total) = await log.ListAsync(tenant, status, pageNumber, DeliveryListPage.PageSize, ct);
        var content = DeliveryListPage.Render(dashboard, urls, tenant, status, pageNumber, await log.TenantsAsync(ct), items, total);
        return new HtmlPageResult(DashboardLayout.Render(dashboard, "Webhook deliveries", content));
    }

    private static async Task<IResult> DeliveryAsync(HttpContext context, WebhookDeliveryLog log, IJobMonitor monitor, long jobId, string? done,
        long? of, CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        var attempts = await log.AttemptsAsync(jobId, ct);
        var job = await monitor.GetAsync(jobId, ct);
        var delivery = attempts.Count > 0
            ? new DeliverWebhook(attempts[^1].Tenant, attempts[^1].SubscriptionId,
                JsonSerializer.Deserialize<WebhookEvent>(attempts[^1].EventJson, JsonSerializerOptions.Web)!, attempts[^1].RedeliveryOf)
            : job is { Job.Type: WebhookRoute.DeliverJob } ? JsonSerializer.Deserialize<DeliverWebhook>(job.PayloadJson, JsonSerializerOptions.Web) : null;
        if (delivery is null) return HtmlPageResult.NotFound(dashboard, $"There is no webhook delivery #{jobId}.");
        var content = DeliveryPage.Render(dashboard, urls, jobId, delivery, attempts.LastOrDefault(a => a.Url.Length > 0)?.Url, attempts, job?.Job);
        var flash = done == "redelivered" ? $"Redelivery queued as delivery #{jobId} (a new job); it repeats #{of}." : null;
        return new HtmlPageResult(DashboardLayout.Render(dashboard, $"Webhook delivery #{jobId}", content, flash));
    }

    private static async Task<IResult> RedeliverAsync(HttpContext context, WebhookRedelivery redelivery, long jobId, CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        if (await redelivery.RedeliverAsync(jobId, ct) is not { } newJob)
            return HtmlPageResult.NotFound(dashboard, $"There is no webhook delivery #{jobId} to redeliver.");
        return Results.Redirect($"{urls.Delivery(newJob)}?done=redelivered&of={jobId.ToString(CultureInfo.InvariantCulture)}");
    }

    private static (DashboardPage Page, WebhookUrls Urls) Page(HttpContext context)
    {
        var page = DashboardPage.For(context);
        return (page, new WebhookUrls(page.Urls));
    }
}
