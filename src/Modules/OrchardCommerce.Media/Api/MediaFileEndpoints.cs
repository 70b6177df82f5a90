using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using OrchardCommerce.Media.Services;

namespace OrchardCommerce.Media.Api;

/// <summary>GET /media/{**path}: the tenant's stored files, cacheable and revalidated by their SHA-256 ETag.</summary>
public static class MediaFileEndpoints
{
    // Uploaded SVG is served from the site's own origin: no script in it may run, even when opened directly.
    private const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/media/{**path}", ServeAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> ServeAsync(string? path, HttpContext http, [FromServices] MediaStore store)
    {
        var file = string.IsNullOrEmpty(path) ? null : await store.GetAsync(path, http.RequestAborted);
        if (file is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: "No media file is at this address.");

        var etag = new EntityTagHeaderValue($"\"{file.Info.Sha256}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (file.Info.ContentType.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
            http.Response.Headers.ContentSecurityPolicy = SvgPolicy;

        // If-None-Match uses the weak comparison (RFC 9110 §13.1.2).
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Data, file.Info.ContentType);
    }
}
