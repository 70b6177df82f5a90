using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Admin.Services;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Endpoints;

/// <summary>What instance-view.js fetches: the definition's BPMN XML and the instance's progress JSON.</summary>
internal static class WorkflowDataEndpoints
{
    public static void MapWorkflowData(this RouteGroupBuilder guarded)
    {
        guarded.MapGet($"/{WorkflowUrls.Segment}/definitions/{{key:long}}/xml", XmlAsync);
        guarded.MapGet($"/{WorkflowUrls.Segment}/instances/{{key:long}}/progress", ProgressAsync);
    }

    private static async Task<IResult> XmlAsync(HttpContext context, CamundaClient camunda, long key, CancellationToken ct)
    {
        try
        {
            var xml = await camunda.GetProcessDefinitionXmlAsync(key, ct);
            // A deployed definition never changes under its key.
            context.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.Text(xml, "text/xml; charset=utf-8");
        }
        catch (CamundaProblemException e)
        {
            return EngineProblem(e);
        }
    }

    private static async Task<IResult> ProgressAsync(HttpContext context, CamundaClient camunda, long key, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            return Results.Json(await new InstanceProgressReader(camunda).ReadAsync(await camunda.GetProcessInstanceAsync(key, ct), ct));
        }
        catch (CamundaProblemException e)
        {
            return EngineProblem(e);
        }
    }

    /// <summary>The engine's refusal passed on: 404 stays 404, anything else is a bad gateway.</summary>
    public static IResult EngineProblem(CamundaProblemException e) => e is CamundaNotFoundException
        ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: e.Problem.Detail)
        : Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The workflow engine refused", detail: e.Message);
}
