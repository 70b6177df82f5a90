using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Admin.Endpoints;

namespace OrchardCommerce.Workflows.Admin;

/// <summary>
/// The dashboard's "Workflows" section: process instances, incidents with Retry, an instance on its diagram, and the
/// order link, all behind the dashboard's sign-in. It needs only a registered <c>CamundaClient</c>, so a host may
/// register it (<c>AddWorkflowsDashboardSection</c>) or pass it to <c>MapJobsDashboard</c> once it knows a client is there.
/// </summary>
public sealed class WorkflowsDashboardSection : IDashboardSection
{
    public string Title => "Workflows";

    public string Path => WorkflowUrls.Segment;

    public void Map(RouteGroupBuilder guarded)
    {
        guarded.MapEmbeddedAssets($"/{WorkflowUrls.Segment}/assets/{{name}}", typeof(WorkflowsDashboardSection).Assembly,
            "OrchardCommerce.Workflows.Admin.Assets.");
        guarded.MapWorkflowPages();
        guarded.MapWorkflowData();
        guarded.MapWorkflowRetry();
    }
}
