using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Serves GraphiQL for the tenant's endpoint: the page with a fresh CSP nonce per response (so it is never cached),
/// and the assets as immutable files under a versioned URL. The CSP is what GraphiQL/assets/README.md says it needs.
/// </summary>
internal static class GraphiQLEndpoint
{
    public const string PagePath = "/api/graphql/graphiql";
    public const string AssetsPath = PagePath + "/assets";

    public static Task WritePageAsync(HttpContext context)
    {
        var assets = GraphiQLAssets.Instance;
        var pathBase = context.Request.PathBase;
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var html = assets.Page
            .Replace("{{base}}", WebUtility.HtmlEncode($"{pathBase}{AssetsPath}/{assets.Version}/"), StringComparison.Ordinal)
            .Replace("{{endpoint}}", WebUtility.HtmlEncode($"{pathBase}{GraphQLEndpointExtensions.Path}"), StringComparison.Ordinal)
            .Replace("{{nonce}}", nonce, StringComparison.Ordinal);

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; font-src data:; img-src 'self' data:; " +
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    public static Task WriteAssetAsync(HttpContext context, string version, string file)
    {
        var assets = GraphiQLAssets.Instance;
        if (!assets.Assets.TryGetValue(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        // An old version's URL still gets the current file, but only briefly cached, so it cannot pin a stale copy.
        context.Response.Headers.CacheControl = version == assets.Version ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Bytes.Length;
        return context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted).AsTask();
    }
}
