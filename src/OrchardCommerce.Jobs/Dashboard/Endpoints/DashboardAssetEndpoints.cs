using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>
/// The dashboard's own stylesheet and script, embedded in this assembly. They carry no secrets, so they are open
/// like the login page that needs them.
/// </summary>
internal static class DashboardAssetEndpoints
{
    public static void MapDashboardAssets(this RouteGroupBuilder open) =>
        open.MapEmbeddedAssets("/assets/{name}", typeof(DashboardAssetEndpoints).Assembly, "OrchardCommerce.Jobs.Dashboard.Assets.");
}
