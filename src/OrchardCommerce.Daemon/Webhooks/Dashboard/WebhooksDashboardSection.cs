using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>
/// The dashboard's "Webhooks" section: recent deliveries with their status codes (filter by tenant and status), one
/// delivery's attempts, and Redeliver; behind the dashboard's sign-in and antiforgery like every section.
/// </summary>
public sealed class WebhooksDashboardSection : IDashboardSection
{
    public string Title => "Webhooks";

    public string Path => WebhookUrls.Segment;

    public void Map(RouteGroupBuilder guarded) => guarded.MapWebhookDashboard();
}
