using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>Per-request helpers shared by the dashboard's endpoints.</summary>
internal static class DashboardRequest
{
    public static DashboardUrls Urls(HttpContext context) =>
        new(context.Request.PathBase.Add(Metadata(context).Prefix).Value!);

    /// <summary>A page context with fresh antiforgery tokens (the cookie half is set on the response).</summary>
    public static DashboardPage Page(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var urls = Urls(context);
        return new DashboardPage(urls, antiforgery.GetAndStoreTokens(context), time.GetUtcNow().UtcDateTime)
        {
            Sections = [.. Metadata(context).Sections.Select(section => new DashboardNavLink(section.Title, $"{urls.Root}/{section.Path}"))],
        };
    }

    private static DashboardMetadata Metadata(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<DashboardMetadata>() ?? throw new InvalidOperationException("Not a jobs dashboard endpoint.");

    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Browsers asking for a page get redirected to the login form; scripts and fetch() get 401.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only addresses inside the dashboard: a login form must not redirect anywhere else.</summary>
    public static string SafeReturnUrl(string? returnUrl, DashboardUrls urls) =>
        returnUrl is not null
        && (returnUrl == urls.Root || returnUrl.StartsWith(urls.Root + "/", StringComparison.Ordinal))
        && !returnUrl.Contains("//", StringComparison.Ordinal) && !returnUrl.Contains('\\')
        && !returnUrl.StartsWith(urls.Login, StringComparison.Ordinal)
            ? returnUrl
            : urls.Overview;
}
