using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Jobs.Dashboard;

/// <summary>
/// Serves files embedded in an assembly: the dashboard (and its sections) work offline and behind any proxy, with
/// nothing fetched from a CDN. Each file gets an ETag, so a large vendored script is revalidated, not downloaded again.
/// </summary>
public static class DashboardAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".woff"] = "font/woff",
        [".woff2"] = "font/woff2", [".svg"] = "image/svg+xml", [".png"] = "image/png", [".txt"] = "text/plain; charset=utf-8",
    };

    private static readonly ConcurrentDictionary<(Assembly, string), Asset?> Cache = new();

    /// <summary>
    /// Maps GET <paramref name="pattern"/> (which must have a <c>{name}</c> parameter) to the resource
    /// <paramref name="resourcePrefix"/> + name of <paramref name="assembly"/>; 404 for any other name or file type.
    /// </summary>
    public static RouteHandlerBuilder MapEmbeddedAssets(this IEndpointRouteBuilder endpoints, string pattern, Assembly assembly, string resourcePrefix)
    {
        if (!pattern.Contains("{name}", StringComparison.Ordinal))
            throw new ArgumentException("The pattern needs a {name} parameter.", nameof(pattern));
        return endpoints.MapGet(pattern, (HttpContext context, string name) => Serve(context, assembly, resourcePrefix + name));
    }

    private static IResult Serve(HttpContext context, Assembly assembly, string resource)
    {
        if (Cache.GetOrAdd((assembly, resource), key => Load(key.Item1, key.Item2)) is not { } asset) return Results.NotFound();
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset? Load(Assembly assembly, string resource)
    {
        if (!ContentTypes.TryGetValue(Path.GetExtension(resource), out var contentType)) return null;
        using var stream = assembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return new Asset(content, contentType, $"\"{Convert.ToHexString(SHA256.HashData(content), 0, 12)}\"");
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
