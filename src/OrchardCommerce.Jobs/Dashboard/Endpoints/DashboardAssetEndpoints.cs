using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>
/// Serves the stylesheet and script embedded in this assembly: the dashboard works offline and behind any proxy,
/// with nothing fetched from a CDN. They carry no secrets, so they are open like the login page that needs them.
/// </summary>
internal static class DashboardAssetEndpoints
{
    private static readonly Dictionary<string, (string ContentType, Lazy<byte[]> Content)> Assets = new(StringComparer.Ordinal)
    {
        ["dashboard.css"] = ("text/css; charset=utf-8", new(() => Load("dashboard.css"))),
        ["dashboard.js"] = ("text/javascript; charset=utf-8", new(() => Load("dashboard.js"))),
    };

    public static void MapDashboardAssets(this RouteGroupBuilder open) => open.MapGet("/assets/{name}", Serve);

    private static IResult Serve(HttpContext context, string name)
    {
        if (!Assets.TryGetValue(name, out var asset)) return Results.NotFound();
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(asset.Content.Value, asset.ContentType);
    }

    private static byte[] Load(string name)
    {
        var resource = $"OrchardCommerce.Jobs.Dashboard.Assets.{name}";
        using var stream = typeof(DashboardAssetEndpoints).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
