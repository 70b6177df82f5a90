using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Security;

namespace OrchardCommerce.Contents.Api;

/// <summary>
/// The content read/write API; bodies are Orchard-shaped item JSON. Drafts: asking for status=latest|draft needs
/// ViewDrafts (401 without credentials, 403 without the permission); an item with no published version is 404
/// to everyone else. Published reads are served from <see cref="PublishedContentCache"/>.
/// </summary>
public static partial class ContentApi
{
    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/content");
        api.MapGet("", ListAsync);
        api.MapGet("/by-route", GetByRouteAsync);
        api.MapGet("/{contentItemId}", GetAsync);
        api.MapPost("", CreateAsync).RequireAuthorization(Permissions.EditContent);
        api.MapPut("/{contentItemId}", UpdateAsync).RequireAuthorization(Permissions.EditContent);
        api.MapPost("/{contentItemId}/publish", PublishAsync).RequireAuthorization(Permissions.PublishContent);
        api.MapPost("/{contentItemId}/unpublish", UnpublishAsync).RequireAuthorization(Permissions.PublishContent);
        api.MapDelete("/{contentItemId}", DeleteAsync).RequireAuthorization(Permissions.DeleteContent);
        return routes;
    }

    private static async Task<IResult> GetAsync(string contentItemId, string? status, HttpContext http, [FromServices] ContentManager content)
    {
        var (options, denied) = await ReadOptionsAsync(http, status);
        if (denied is not null) return denied;
        if (options == VersionOptions.Published)
            return await PublishedContentResponse.GetAsync(http, "id:" + contentItemId,
                () => content.GetAsync(contentItemId, options, http.RequestAborted), () => ContentProblems.NotFound(contentItemId));
        var item = await content.GetAsync(contentItemId, options, http.RequestAborted);
        return item is null ? ContentProblems.NotFound(contentItemId) : Results.Json(item.ToJson());
    }

    private static async Task<IResult> GetByRouteAsync(string? path, string? status, HttpContext http, [FromServices] ContentManager content)
    {
        if (string.IsNullOrWhiteSpace(path)) return ContentProblems.Invalid("path", "path is required.");
        var (options, denied) = await ReadOptionsAsync(http, status);
        if (denied is not null) return denied;
        IResult NotFound() => Results.Problem(statusCode: 404, title: "Not Found", detail: $"No content item is at '{AutoroutePaths.Normalize(path)}'.");
        if (options == VersionOptions.Published)
            return await PublishedContentResponse.GetAsync(http, "route:" + AutoroutePaths.Normalize(path).ToLowerInvariant(),
                () => content.GetByRouteAsync(path, options, http.RequestAborted), NotFound);
        var item = await content.GetByRouteAsync(path, options, http.RequestAborted);
        return item is null ? NotFound() : Results.Json(item.ToJson());
    }

    private static async Task<IResult> ListAsync(string? type, string? status, string? page, string? pageSize, HttpContext http, [FromServices] ContentManager content)
    {
        if (!TryParse(page, 1, out var pageNumber) || pageNumber < 1) return ContentProblems.Invalid("page", "page must be a whole number of at least 1.");
        if (!TryParse(pageSize, 20, out var size)) return ContentProblems.Invalid("pageSize", "pageSize must be a whole number from 1 to 100.");
        size = Math.Clamp(size, 1, 100);
        var (options, denied) = await ReadOptionsAsync(http, status);
        if (denied is not null) return denied;
        var result = await content.QueryAsync(string.IsNullOrWhiteSpace(type) ? null : type, options, pageNumber, size, http.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["items"] = new JsonArray(result.Items.Select(i => (JsonNode)i.ToJson()).ToArray()),
            ["page"] = pageNumber,
            ["pageSize"] = size,
            ["total"] = result.Total,
        });
    }

    private static bool TryParse(string? value, int fallback, out int parsed)
    {
        parsed = fallback;
        return string.IsNullOrEmpty(value) || int.TryParse(value, System.Globalization.NumberStyles.None, null, out parsed);
    }

    /// <summary>The version asked for, or the 400/401/403 that answers instead.</summary>
    private static async Task<(VersionOptions Options, IResult? Denied)> ReadOptionsAsync(HttpContext http, string? status)
    {
        VersionOptions? options = (status ?? "published").ToLowerInvariant() switch
        {
            "published" => VersionOptions.Published,
            "latest" => VersionOptions.Latest,
            "draft" => VersionOptions.Draft,
            _ => null,
        };
        if (options is null) return (default, ContentProblems.Invalid("status", "status must be published, latest or draft."));
        if (options == VersionOptions.Published || await ContentAccess.CanViewDraftsAsync(http)) return (options.Value, null);
        // No or an invalid token is 401 (RFC 6750); a valid one without the permission is 403.
        return (default, http.User.Identity?.IsAuthenticated == true
            ? Results.Problem(statusCode: 403, title: "Forbidden", detail: "Reading drafts needs the ViewDrafts permission.")
            : Results.Problem(statusCode: 401, title: "Unauthorized", detail: "Reading drafts needs a bearer token with the ViewDrafts permission."));
    }
}
