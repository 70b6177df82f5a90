using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/process-definitions (search, get, XML) and /v2/variables/search.</summary>
internal static class DefinitionEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapSearch("/process-definitions/search", async (engine, f, ct) =>
        {
            var latest = f["isLatestVersion"] is JsonValue flag && flag.TryGetValue(out bool b) ? b : (bool?)null;
            // isLatestVersion is a query switch, not an item field.
            f.Remove("isLatestVersion");
            return (await engine.SearchDefinitionsAsync(new DefinitionQuery
            {
                ProcessDefinitionKey = Pushdown.Key(f, "processDefinitionKey"), BpmnProcessId = Pushdown.String(f, "processDefinitionId"),
                IsLatestVersion = latest, Limit = Pushdown.All,
            }, ct)).Items;
        }, ViewJson.Definition);
        // The engine's Get* reads throw NOT_FOUND rejections, which the error filter answers like the gateway.
        v2.MapGet("/process-definitions/{key}", async (string key, HttpContext http, WorkflowEngine engine) =>
            Results.Json(ViewJson.Definition(await engine.GetDefinitionAsync(PathKey.Parse(key, "processDefinitionKey"), http.RequestAborted))));
        v2.MapGet("/process-definitions/{key}/xml", async (string key, HttpContext http, WorkflowEngine engine) =>
            Results.Text(await engine.GetDefinitionXmlAsync(PathKey.Parse(key, "processDefinitionKey"), http.RequestAborted), "text/xml"));
        v2.MapSearch("/variables/search", async (engine, f, ct) => (await engine.SearchVariablesAsync(new VariableQuery
        {
            ProcessInstanceKey = Pushdown.Key(f, "processInstanceKey"), ScopeKey = Pushdown.Key(f, "scopeKey"),
            Name = Pushdown.String(f, "name"), Limit = Pushdown.All,
        }, ct)).Items, ViewJson.Variable);
    }
}
