using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// The dashboard's "Sync" section: the sync per tenant and direction, the feeds, failing sync jobs with Replay, resync of
/// a tenant or a product, reconciliation reports, and one product's diff across both sides. Registered by AddDaemon,
/// so it shows wherever the daemon runs (Cms.Web's embedded default, Sync.Daemon).
/// </summary>
public sealed class SyncDashboardSection : IDashboardSection
{
    public string Title => "Sync";

    public string Path => SyncUrls.Segment;

    public void Map(RouteGroupBuilder guarded)
    {
        guarded.MapSyncPages();
        guarded.MapSyncActions();
    }
}
