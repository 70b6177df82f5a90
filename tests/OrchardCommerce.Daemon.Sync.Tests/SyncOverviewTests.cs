using HtmlAgilityPack;
using OrchardCommerce.Daemon.Sync.Tests.Infrastructure;
using OrchardCommerce.Daemon.Tests.Sync;

namespace OrchardCommerce.Daemon.Sync.Tests;

/// <summary>/jobs/sync on a fresh tenant: a product created through commerce shows up in the counters and the feed row.</summary>
[Collection(SyncViewCollection.Name)]
public sealed class SyncOverviewTests(SyncViewHost host)
{
    [Fact]
    public async Task Overview_ProductCreatedThroughCommerce_ShowsTheSyncsCountsAndFeedEvent()
    {
        var tenant = "ov" + Guid.NewGuid().ToString("N")[..8];
        using var shop = await host.CreateTenantAsync(tenant, SyncViewHost.ProductsRecipe);
        using var dashboard = await host.DashboardAsync();

        var productId = await SyncViewHost.CreateProductAsync(shop, "overview-lamp", 2500);
        await SyncViewHost.LinkedAsync(shop, productId);
        // Creating a priced product writes product.created and price.changed; only the first asks for a sync job.
        var row = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var found = (await dashboard.GetDocumentAsync("/jobs/sync")).DocumentNode
                .SelectSingleNode($"//table[@class='sync-directions']//tr[@data-tenant='{tenant}' and @data-direction='commerce-to-content']");
            return found is not null && int.Parse(Cell(found, "applied")) == 1 ? found : null;
        }, "the product's job in the tenant's commerce → content row");
        var page = await dashboard.GetDocumentAsync("/jobs/sync");

        Cell(row, "applied").Should().Be("1");
        Cell(row, "dropped").Should().Be("0");
        Cell(row, "per-minute").Should().Be("1", "only applied writes count");
        var feed = page.DocumentNode.SelectSingleNode($"//table[@class='sync-feeds']//tr[@data-tenant='{tenant}' and @data-feed='commerce']")!;
        Cell(feed, "events-read").Should().Be("2");
        feed.InnerText.Should().Contain("price.changed", "the last event read");
        var panel = page.DocumentNode.SelectSingleNode($"//section[contains(@class,'sync-tenant') and @data-tenant='{tenant}']")!;
        panel.SelectSingleNode($".//form[@action='/jobs/sync/{tenant}/resync']//button")!.InnerText.Should().Be("Resync tenant");
        panel.SelectSingleNode(".//form[contains(@class,'resync-product')]//input[@name='productId']").Should().NotBeNull();
        panel.InnerText.Should().Contain("Failing sync jobs (0)");
    }

    private static string Cell(HtmlNode row, string cssClass) =>
        row.SelectSingleNode($"td[@class='{cssClass}']")!.InnerText.Trim();
}
