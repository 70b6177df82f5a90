using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Security;
using OrchardCommerce.Sync.Mirror;

namespace OrchardCommerce.Sync.Api;

/// <summary>
/// /api/sync (ManageSync, the daemon's role): the mirror writes of commerce → content, and the reads the daemon's
/// handlers and reconciliation start from. Writes answer what they did (<see cref="MirrorResult"/>), 200 even when
/// they were stale, so a replayed job succeeds without changing anything.
/// </summary>
public static class SyncApi
{
    public static IEndpointRouteBuilder MapSyncApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sync").RequireAuthorization(Permissions.ManageSync).WithTags("Sync");
        api.MapPut("/products/{productId}/mirror", MirrorAsync).WithName("Sync.Products.Mirror");
        api.MapPost("/products/{productId}/archive", ArchiveAsync).WithName("Sync.Products.Archive");
        api.MapGet("/products/{productId}", GetProductAsync).WithName("Sync.Products.Get");
        api.MapGet("/products", ListProductsAsync).WithName("Sync.Products.List");
        api.MapGet("/content/{contentItemId}", GetContentAsync).WithName("Sync.Content.Get");
        api.MapPost("/reconciliations", SyncReportsApi.AddAsync).WithName("Sync.Reconciliations.Add");
        api.MapGet("/reconciliations", SyncReportsApi.ListAsync).WithName("Sync.Reconciliations.List");
        return routes;
    }

    private static async Task<IResult> MirrorAsync(string productId, HttpRequest request, [FromServices] ProductMirrorService mirrors,
        CancellationToken cancellationToken)
    {
        var (mirror, problem) = await SyncRequests.ReadMirrorAsync(request, cancellationToken);
        if (problem is not null) return problem;
        try
        {
            return Results.Ok(await mirrors.ApplyAsync(productId, mirror!, cancellationToken));
        }
        catch (ContentValidationException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value),
                detail: "The product's ProductContent item cannot be written; is the ProductContent type defined?");
        }
    }

    private static async Task<IResult> ArchiveAsync(string productId, HttpRequest request, [FromServices] ProductMirrorService mirrors,
        CancellationToken cancellationToken)
    {
        var (version, problem) = await SyncRequests.ReadVersionAsync(request, cancellationToken);
        return problem ?? Results.Ok(await mirrors.ArchiveAsync(productId, version, cancellationToken));
    }

    private static async Task<IResult> GetProductAsync(string productId, [FromServices] ProductSideReader reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(productId, cancellationToken) is { } view ? Results.Ok(view)
            : Results.Problem(statusCode: 404, title: "Not Found", detail: $"Product '{productId}' has neither a link nor a matching ProductContent item.");

    /// <summary>Linked products in id order after <paramref name="after"/>; pass the last one's productId back as after.</summary>
    private static async Task<IResult> ListProductsAsync(string? after, int? limit, [FromServices] ProductSideReader reader, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be from 1 to 500."] });
        return Results.Ok(new { items = await reader.ListAsync(after, limit ?? 100, cancellationToken) });
    }

    private static async Task<IResult> GetContentAsync(string contentItemId, [FromServices] ContentSideReader reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(contentItemId, cancellationToken) is { } view ? Results.Ok(view)
            : Results.Problem(statusCode: 404, title: "Not Found", detail: $"Content item '{contentItemId}' does not exist.");
}
