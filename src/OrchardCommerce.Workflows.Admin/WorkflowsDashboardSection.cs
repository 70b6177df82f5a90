using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Admin.Endpoints;

namespace OrchardCommerce.Workflows.Admin;

/// <summary>The dashboard section: its pages, the diagram's data, Retry, and its embedded assets, all behind the dashboard's sign-in.</summary>
internal sealed class WorkflowsDashboardSection : IDashboardSection
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
