using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Rendering;
using OrchardCommerce.Workflows.Admin.Pages;
using OrchardCommerce.Workflows.Admin.Services;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Endpoints;

/// <summary>The section's pages; every read goes through <see cref="CamundaClient"/>, so any Camunda 8.8 endpoint serves them.</summary>
internal static class WorkflowPageEndpoints
{
    public static void MapWorkflowPages(this RouteGroupBuilder guarded)
    {
        guarded.MapGet($"/{WorkflowUrls.Segment}", ListAsync);
        guarded.MapGet($"/{WorkflowUrls.Segment}/instances/{{key:long}}", InstanceAsync);
        guarded.MapGet($"/{WorkflowUrls.Segment}/orders/{{tenant}}/{{orderId}}", OrderAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, CamundaClient camunda, string? state, int? page, string? done, long? incident,
        CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        if (!InstanceStates.TryFind(state, out var filter)) return WorkflowPageResult.NotFound(dashboard, urls, $"There is no instance state “{state}”.");
        var pageNumber = Math.Max(page ?? 1, 1);
        try
        {
            var instances = await camunda.SearchProcessInstancesAsync(filter.Filter,
                [SearchSort.Descending("startDate"), SearchSort.Descending("processInstanceKey")],
                SearchPage.Offset((pageNumber - 1) * InstanceListPage.PageSize, InstanceListPage.PageSize), ct);
            var incidents = await camunda.SearchIncidentsAsync(new IncidentFilter { State = "ACTIVE" }, [SearchSort.Descending("creationTime")],
                SearchPage.Offset(0, InstanceListPage.IncidentLimit), ct);
            var content = InstanceListPage.Render(dashboard, urls, filter.Slug, pageNumber, instances, incidents);
            return WorkflowPageResult.Create(dashboard, urls, "Workflows", content, WorkflowFlash.Message(done, incident));
        }
        catch (Exception e) when (e is CamundaProblemException or HttpRequestException)
        {
            return WorkflowPageResult.EngineFailed(dashboard, urls, e);
        }
    }

    private static async Task<IResult> InstanceAsync(HttpContext context, CamundaClient camunda, long key, string? done, long? incident, CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        try
        {
            var instance = await camunda.GetProcessInstanceAsync(key, ct);
            var incidents = await camunda.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = key, State = "ACTIVE" },
                [SearchSort.Ascending("creationTime")], SearchPage.Offset(0, 200), ct);
            var variables = await camunda.SearchVariablesAsync(new VariableFilter { ProcessInstanceKey = key }, [SearchSort.Ascending("name")],
                SearchPage.Offset(0, 500), truncateValues: true, ct);
            var content = InstancePage.Render(dashboard, urls, instance, incidents.Items, variables);
            return WorkflowPageResult.Create(dashboard, urls, $"Instance {key}", content, WorkflowFlash.Message(done, incident),
                InstancePage.Head(dashboard, urls));
        }
        catch (CamundaNotFoundException)
        {
            return WorkflowPageResult.NotFound(dashboard, urls, $"There is no process instance {key}.");
        }
        catch (Exception e) when (e is CamundaProblemException or HttpRequestException)
        {
            return WorkflowPageResult.EngineFailed(dashboard, urls, e);
        }
    }

    /// <summary>The "view on the order" link: the order's (newest) instance page.</summary>
    private static async Task<IResult> OrderAsync(HttpContext context, CamundaClient camunda, string tenant, string orderId, CancellationToken ct)
    {
        var (dashboard, urls) = Page(context);
        try
        {
            return await new OrderInstanceFinder(camunda).FindAsync(tenant, orderId, ct) is { } key
                ? Results.Redirect(urls.Instance(key))
                : WorkflowPageResult.NotFound(dashboard, urls, $"No workflow instance records order “{orderId}” of tenant “{tenant}”.");
        }
        catch (Exception e) when (e is CamundaProblemException or HttpRequestException)
        {
            return WorkflowPageResult.EngineFailed(dashboard, urls, e);
        }
    }

    private static (DashboardPage Page, WorkflowUrls Urls) Page(HttpContext context)
    {
        var page = DashboardPage.For(context);
        return (page, new WorkflowUrls(page.Urls));
    }
}
