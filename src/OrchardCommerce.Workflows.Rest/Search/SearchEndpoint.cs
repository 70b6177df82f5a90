using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.Search;

/// <summary>
/// Maps one /search endpoint: parse {filter, sort, page}, let the engine answer what it can from the filter, then
/// apply the whole filter, sort and page to its items as result JSON.
/// </summary>
internal static class SearchEndpoint
{
    public static void MapSearch<T>(this RouteGroupBuilder v2, string path,
        Func<WorkflowEngine, JsonObject, CancellationToken, Task<IReadOnlyList<T>>> candidates, Func<T, JsonObject> toJson) =>
        v2.MapPost(path, async (HttpContext http, WorkflowEngine engine) =>
        {
            var request = SearchRequest.Parse(await RestBody.ReadAsync(http.Request, http.RequestAborted));
            var items = await candidates(engine, request.Filter, http.RequestAborted);
            return Results.Json(SearchResults.Page(items.Select(toJson), request));
        });
}
