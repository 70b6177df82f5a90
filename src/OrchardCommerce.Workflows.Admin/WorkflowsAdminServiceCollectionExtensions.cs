using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Admin.Services;

namespace OrchardCommerce.Workflows.Admin;

/// <summary>Adds the "Workflows" section to the jobs dashboard.</summary>
public static class WorkflowsAdminServiceCollectionExtensions
{
    /// <summary>
    /// Needs a registered <c>CamundaClient</c> (AddCamundaClient or AddDaemon) and the dashboard mounted with
    /// <c>app.MapJobsDashboard</c>; the section's pages live at {dashboard}/workflows.
    /// </summary>
    public static IServiceCollection AddWorkflowsDashboardSection(this IServiceCollection services)
    {
        services.AddJobsDashboardSection<WorkflowsDashboardSection>();
        services.TryAddTransient<IncidentRetry>();
        services.TryAddTransient<InstanceProgressReader>();
        services.TryAddTransient<OrderInstanceFinder>();
        return services;
    }
}
