using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>The section's pages: the overview and one product's diff. They read; the buttons are in <see cref="SyncActionEndpoints"/>.</summary>
internal static class SyncPageEndpoints
{
    public static void MapSyncPages(this RouteGroupBuilder guarded)
    {
        guarded.MapGet($"/{SyncUrls.Segment}", OverviewAsync);
        guarded.MapGet($"/{SyncUrls.Segment}/{{tenant}}/products", FindProduct);
        guarded.MapGet($"/{SyncUrls.Segment}/{{tenant}}/products/{{productId}}", ProductAsync);
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, SyncOverviewReader reader, string? done, long? job, int? count,
        CancellationToken ct)
    {
        var (page, urls) = Page(context);
        var overview = await reader.ReadAsync(ct);
        return new HtmlPageResult(SyncOverviewPage.Render(page, urls, overview, SyncFlash.Message(done, job, count)));
    }

    /// <summary>The overview's "Show diff" form (a GET with ?productId=): on to the product's page.</summary>
    private static IResult FindProduct(HttpContext context, string tenant, string? productId)
    {
        var (page, urls) = Page(context);
        return string.IsNullOrWhiteSpace(productId)
            ? NotFound(page, "Name a product id to compare.")
            : Results.Redirect(urls.Product(tenant, productId.Trim()));
    }

    private static async Task<IResult> ProductAsync(HttpContext context, ProductDiffReader reader, string tenant, string productId, string? done,
        long? job, CancellationToken ct)
    {
        var (page, urls) = Page(context);
        if (await reader.FindTenantAsync(tenant, ct) is not { } running) return NotFound(page, $"No running tenant is called “{tenant}”.");
        if (await reader.ReadAsync(running, productId, ct) is not { } diff)
            return NotFound(page, $"Neither side of {running.Name} knows product “{productId}”: commerce has no such product and no content item is linked to it.");
        return new HtmlPageResult(ProductDiffPage.Render(page, urls, diff, SyncFlash.Message(done, job, null)));
    }

    public static IResult NotFound(DashboardPage page, string message) => HtmlPageResult.NotFound(page, message);

    public static (DashboardPage Page, SyncUrls Urls) Page(HttpContext context)
    {
        var page = DashboardPage.For(context);
        return (page, new SyncUrls(page.Urls));
    }
}
