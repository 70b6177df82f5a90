using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Modules;
using OrchardCommerce.Workflows.Admin;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Cms.Web;

/// <summary>
/// The jobs dashboard in the one-process embedded default: /jobs on the Default tenant, mounted only when the jobs
/// engine is registered in this host, so Cms.Web without the engine has no /jobs at all. Its Workflows section comes
/// with it when a Camunda client is registered (the in-process daemon's).
/// </summary>
internal static class JobsDashboardMount
{
    public static void MapJobsDashboardWhenJobsRegistered(this WebApplication app)
    {
        var registered = app.Services.GetService<IServiceProviderIsService>();
        if (registered?.IsService(typeof(IJobMonitor)) != true) return;
        IDashboardSection[] sections = registered.IsService(typeof(CamundaClient)) ? [new WorkflowsDashboardSection()] : [];
        // An ops tool of the host, not of a store: tenants other than Default answer 404.
        app.MapJobsDashboard("/jobs", sections).WithMetadata(new DefaultTenantOnlyMetadata());
    }
}
