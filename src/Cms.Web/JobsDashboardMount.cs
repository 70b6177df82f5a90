using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Cms.Web;

/// <summary>
/// The jobs dashboard in the one-process embedded default: /jobs on the Default tenant, mounted only when the jobs
/// engine is registered in this host, so Cms.Web without the engine has no /jobs at all.
/// </summary>
internal static class JobsDashboardMount
{
    public static void MapJobsDashboardWhenJobsRegistered(this WebApplication app)
    {
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(IJobMonitor)) != true) return;
        // An ops tool of the host, not of a store: tenants other than Default answer 404.
        app.MapJobsDashboard("/jobs").WithMetadata(new DefaultTenantOnlyMetadata());
    }
}
