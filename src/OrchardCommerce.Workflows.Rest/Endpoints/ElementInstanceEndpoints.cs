using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.ElementInstances;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>
/// POST /v2/element-instances/search for one process instance (filter.processInstanceKey is required here: the
/// engine reads progress per instance); the rest of the filter, sort and page apply to its items as everywhere.
/// </summary>
internal static class ElementInstanceEndpoints
{
    public static void Map(RouteGroupBuilder v2) => v2.MapPost("/element-instances/search", async (HttpContext http, WorkflowEngine engine) =>
    {
        var request = SearchRequest.Parse(await RestBody.ReadAsync(http.Request, http.RequestAborted));
        var key = Pushdown.Key(request.Filter, "processInstanceKey")
            ?? throw new BadRequestException("The embedded engine searches the element instances of one process instance: filter.processInstanceKey is required.");
        var items = await ElementInstanceItems.ForInstanceAsync(engine, key, http.RequestAborted);
        return Results.Json(SearchResults.Page(items, request));
    });
}
