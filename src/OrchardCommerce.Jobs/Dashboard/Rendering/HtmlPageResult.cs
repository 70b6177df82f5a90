using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>
/// A rendered page with the headers an ops tool wants: no caching, no framing, and a content security policy
/// that allows only our own script and style files, so even a missed encoding could not run a script.
/// </summary>
public sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK, string? contentSecurityPolicy = null) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// The policy of pages that load scripts by nonce (<see cref="DashboardPage.Nonce"/>) and fonts from their own
    /// assets, e.g. a diagram viewer; still no inline script, inline style or other origin.
    /// </summary>
    public static string NonceContentSecurityPolicy(string nonce) =>
        $"default-src 'none'; script-src 'nonce-{nonce}' 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The dashboard's 404 page with <paramref name="message"/> (encoded).</summary>
    public static HtmlPageResult NotFound(DashboardPage page, string message) =>
        new(DashboardLayout.Render(page, "Not found", new HtmlWriter().Append($"<p class=\"empty\">{message}</p>").ToMarkup()),
            StatusCodes.Status404NotFound);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        ApplySecurityHeaders(response, contentSecurityPolicy ?? ContentSecurityPolicy);
        return response.WriteAsync(html, httpContext.RequestAborted);
    }

    public static void ApplySecurityHeaders(HttpResponse response, string contentSecurityPolicy = ContentSecurityPolicy)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
