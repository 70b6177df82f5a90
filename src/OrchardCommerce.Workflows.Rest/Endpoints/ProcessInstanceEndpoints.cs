using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/process-instances: create (by id or key, optionally awaiting completion), cancel, get, search.</summary>
internal static class ProcessInstanceEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapPost("/process-instances", CreateAsync);
        v2.MapPost("/process-instances/{key}/cancellation", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            await RestBody.ReadAsync(http.Request, http.RequestAborted);
            await engine.CancelInstanceAsync(PathKey.Parse(key, "processInstanceKey"), http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapGet("/process-instances/{key}", async (string key, HttpContext http, WorkflowEngine engine) =>
            Results.Json(ViewJson.Instance(await engine.GetInstanceAsync(PathKey.Parse(key, "processInstanceKey"), http.RequestAborted))));
        v2.MapSearch("/process-instances/search", async (engine, f, ct) => (await engine.SearchInstancesAsync(new InstanceQuery
        {
            State = Pushdown.String(f, "state"), BpmnProcessId = Pushdown.String(f, "processDefinitionId"),
            ProcessDefinitionKey = Pushdown.Key(f, "processDefinitionKey"), ProcessInstanceKey = Pushdown.Key(f, "processInstanceKey"),
            Limit = Pushdown.All,
        }, ct)).Items, ViewJson.Instance);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, WorkflowEngine engine)
    {
        var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
        var id = body.String("processDefinitionId");
        var key = body.Key("processDefinitionKey");
        body.Require(id is not null || key is not null, "At least one of [processDefinitionId, processDefinitionKey] is required.");
        body.Require(id is null || key is null, "Only one of [processDefinitionId, processDefinitionKey] is allowed.");
        var version = body.Int("processDefinitionVersion") ?? -1;
        var variables = body.Object("variables");
        var awaitCompletion = body.Bool("awaitCompletion") ?? false;
        var fetch = body.Strings("fetchVariables");
        var timeout = body.Long("requestTimeout") ?? 0;
        var starts = body.Json["startInstructions"] is JsonArray instructions
            ? instructions.Select(i => (string?)i?["elementId"] ?? throw new BadRequestException("No startInstructions.elementId provided.")).ToList()
            : null;
        RestJson.CheckTenant(body.String("tenantId"), "Create Process Instance");
        body.ThrowIfInvalid();

        var created = await engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = id, Version = version < 0 ? null : version, ProcessDefinitionKey = key, Variables = variables,
            StartElementIds = starts, AwaitCompletion = awaitCompletion, FetchVariables = fetch,
            RequestTimeout = timeout > 0 ? TimeSpan.FromMilliseconds(timeout) : null,
        }, http.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["processDefinitionId"] = created.BpmnProcessId,
            ["processDefinitionVersion"] = created.Version,
            ["tenantId"] = RestJson.DefaultTenant,
            ["variables"] = created.Variables.DeepClone(),
            ["processDefinitionKey"] = RestJson.Key(created.ProcessDefinitionKey),
            ["processInstanceKey"] = RestJson.Key(created.ProcessInstanceKey),
        });
    }
}
