using Microsoft.AspNetCore.Http;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>
/// A section page in the dashboard's layout, with the section's stylesheet and the nonce CSP (the diagram's scripts
/// load by nonce, its font from our assets); every page of the section goes out through here.
/// </summary>
internal static class WorkflowPageResult
{
    public static IResult Create(DashboardPage page, WorkflowUrls urls, string title, Markup content, string? flash = null,
        Markup head = default, int status = StatusCodes.Status200OK)
    {
        var styles = new HtmlWriter().Append($"<link rel=\"stylesheet\" href=\"{urls.Asset("workflows.css")}\">{head}").ToMarkup();
        return new HtmlPageResult(DashboardLayout.Render(page, title, content, flash, head: styles), status,
            HtmlPageResult.NonceContentSecurityPolicy(page.Nonce));
    }

    public static IResult NotFound(DashboardPage page, WorkflowUrls urls, string message) =>
        Create(page, urls, "Not found", Message(message), status: StatusCodes.Status404NotFound);

    /// <summary>The engine refused or did not answer: say so with its words instead of failing the page.</summary>
    public static IResult EngineFailed(DashboardPage page, WorkflowUrls urls, Exception exception) =>
        Create(page, urls, "Workflows", Message($"The workflow engine did not answer the dashboard: {exception.Message}"),
            status: StatusCodes.Status502BadGateway);

    private static Markup Message(string message) => new HtmlWriter().Append($"<p class=\"flash error\" role=\"alert\">{message}</p>").ToMarkup();
}
