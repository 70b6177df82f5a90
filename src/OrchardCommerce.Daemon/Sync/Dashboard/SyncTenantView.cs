using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>One tenant on the overview: whether it runs the sync, its failing sync jobs and its last reconciliation reports.</summary>
/// <param name="Running">Cms.Web lists the tenant as running (the buttons need that).</param>
/// <param name="SyncEnabled">The tenant answers the sync's API (its Sync feature is on).</param>
/// <param name="ReadError">Why its reconciliation reports could not be read, if they could not.</param>
internal sealed record SyncTenantView(string Name, bool Running, bool SyncEnabled, string? ReadError, IReadOnlyList<SyncJobView> Jobs,
    IReadOnlyList<JsonObject> Reports);
