using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>
/// A rendered page with the headers an ops tool wants: no caching, no framing, and a content security policy
/// that allows only our own script and style files, so even a missed encoding could not run a script.
/// </summary>
internal sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        ApplySecurityHeaders(response);
        return response.WriteAsync(html, httpContext.RequestAborted);
    }

    public static void ApplySecurityHeaders(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
