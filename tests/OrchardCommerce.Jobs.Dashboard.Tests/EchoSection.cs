using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>A dashboard section as another assembly writes one: a page in the layout, a JSON POST, embedded assets.</summary>
public sealed class EchoSection : IDashboardSection
{
    public string Title => "Echo <section>";

    public string Path => "echo";

    public void Map(RouteGroupBuilder guarded)
    {
        guarded.MapEmbeddedAssets("/echo/assets/{name}", typeof(DashboardAssets).Assembly, "OrchardCommerce.Jobs.Dashboard.Assets.");
        guarded.MapGet("/echo", (HttpContext context, string? text) =>
        {
            var page = DashboardPage.For(context);
            var head = new HtmlWriter().Append($"<meta name=\"csrf-token\" content=\"{page.Antiforgery.RequestToken}\">").ToMarkup();
            var content = new HtmlWriter().Append($"<p id=\"echo\">{text}</p>{page.ButtonForm(page.Urls.Root + "/echo", "Send")}").ToMarkup();
            return new HtmlPageResult(DashboardLayout.Render(page, "Echo", content, head: head), contentSecurityPolicy: HtmlPageResult.NonceContentSecurityPolicy(page.Nonce));
        });
        guarded.MapPost("/echo", () => Results.Json(new { echoed = true }));
    }
}
