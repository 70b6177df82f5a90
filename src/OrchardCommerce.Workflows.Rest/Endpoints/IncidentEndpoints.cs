using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/incidents: resolve, get, search.</summary>
internal static class IncidentEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapPost("/incidents/{key}/resolution", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            await RestBody.ReadAsync(http.Request, http.RequestAborted);
            await engine.ResolveIncidentAsync(PathKey.Parse(key, "incidentKey"), http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapGet("/incidents/{key}", async (string key, HttpContext http, WorkflowEngine engine) =>
            Results.Json(ViewJson.Incident(await engine.GetIncidentAsync(PathKey.Parse(key, "incidentKey"), http.RequestAborted))));
        v2.MapSearch("/incidents/search", async (engine, f, ct) => (await engine.SearchIncidentsAsync(new IncidentQuery
        {
            IncidentKey = Pushdown.Key(f, "incidentKey"), ProcessInstanceKey = Pushdown.Key(f, "processInstanceKey"),
            State = Pushdown.String(f, "state"), Limit = Pushdown.All,
        }, ct)).Items, ViewJson.Incident);
    }
}
