using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Jobs.Dashboard;

namespace OrchardCommerce.Workflows.Admin;

/// <summary>Adds the "Workflows" section to the jobs dashboard.</summary>
public static class WorkflowsAdminServiceCollectionExtensions
{
    /// <summary>
    /// Needs a registered <c>CamundaClient</c> (AddCamundaClient or AddDaemon) and the dashboard mounted with
    /// <c>app.MapJobsDashboard</c>; the section's pages live at {dashboard}/workflows.
    /// </summary>
    public static IServiceCollection AddWorkflowsDashboardSection(this IServiceCollection services) =>
        services.AddJobsDashboardSection<WorkflowsDashboardSection>();
}
