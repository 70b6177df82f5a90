using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Contents.Site;

/// <summary>The public site: GET / and GET /{**path} render the published item at that route.</summary>
public static class SiteEndpoints
{
    // After every other endpoint: a module's own route (even a catch-all) always wins over a page.
    private const int LastOrder = int.MaxValue / 2;

    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", RenderAsync).WithOrder(LastOrder).ExcludeFromDescription();
        routes.MapGet("/{**path}", RenderAsync).WithOrder(LastOrder).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> RenderAsync(string? path, HttpContext http, [FromServices] SiteRenderer renderer)
    {
        path = "/" + (path ?? "");
        var pathBase = http.Request.PathBase.Value ?? "";
        // The API answers in JSON; an unknown API path must not come back as an HTML page.
        if (path.Equals("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return Results.Problem(statusCode: 404, title: "Not Found", detail: "No API endpoint answers at this address.");
        var html = await renderer.RenderAsync(path, pathBase, http.RequestAborted);
        if (html is not null) return Results.Content(html, "text/html; charset=utf-8");
        return Results.Content(await renderer.RenderNotFoundAsync(pathBase, http.RequestAborted), "text/html; charset=utf-8", statusCode: 404);
    }
}
