using System.Globalization;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>Every address of the Webhooks section in one place, so pages, redirects and routes agree; values are URL-escaped here.</summary>
public sealed class WebhookUrls(DashboardUrls dashboard)
{
    public const string Segment = "webhooks";

    public string Root { get; } = $"{dashboard.Root}/{Segment}";

    public DashboardUrls Dashboard { get; } = dashboard;

    public string List(string? tenant = null, string? status = null, int page = 1)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(tenant)) query.Add("tenant=" + Uri.EscapeDataString(tenant));
        if (!string.IsNullOrEmpty(status)) query.Add("status=" + Uri.EscapeDataString(status));
        if (page > 1) query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return Root + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    public string Delivery(long jobId) => $"{Root}/deliveries/{jobId.ToString(CultureInfo.InvariantCulture)}";

    public string Redeliver(long jobId) => $"{Delivery(jobId)}/redeliver";
}
