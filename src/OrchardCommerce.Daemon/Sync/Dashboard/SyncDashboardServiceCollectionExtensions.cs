using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCommerce.Jobs.Dashboard;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>Adds the "Sync" section to the jobs dashboard.</summary>
public static class SyncDashboardServiceCollectionExtensions
{
    /// <summary>
    /// The section and the readers its pages use; needs the daemon's services (AddDaemon calls it) and the dashboard
    /// mounted with <c>app.MapJobsDashboard</c>. The pages live at {dashboard}/sync.
    /// </summary>
    public static IServiceCollection AddSyncDashboardSection(this IServiceCollection services)
    {
        services.AddJobsDashboardSection<SyncDashboardSection>();
        services.TryAddTransient<SyncOverviewReader>();
        services.TryAddTransient<ProductDiffReader>();
        return services;
    }
}
