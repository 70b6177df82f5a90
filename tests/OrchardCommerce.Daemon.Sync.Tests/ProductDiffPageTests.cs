using System.Net;
using System.Text.Json.Nodes;
using HtmlAgilityPack;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Daemon.Sync.Tests.Infrastructure;
using OrchardCommerce.Daemon.Tests.Sync;
using OrchardCommerce.Sync.Mirror;

namespace OrchardCommerce.Daemon.Sync.Tests;

/// <summary>/jobs/sync/{tenant}/products/{id}: drift made behind the sync's back is marked, and Resync product repairs it.</summary>
[Collection(SyncViewCollection.Name)]
public sealed class ProductDiffPageTests(SyncViewHost host)
{
    [Fact]
    public async Task ProductPage_MirrorFieldChangedBehindTheSyncsBack_MarksTheMismatchAndResyncRepairsIt()
    {
        var tenant = "df" + Guid.NewGuid().ToString("N")[..8];
        using var shop = await host.CreateTenantAsync(tenant, SyncViewHost.ProductsRecipe);
        var productId = await SyncViewHost.CreateProductAsync(shop, "diff-kettle", 3900);
        var contentItemId = (string)(await SyncViewHost.LinkedAsync(shop, productId))["contentItemId"]!;
        var path = $"/jobs/sync/{tenant}/products/{productId}";
        using var dashboard = await host.DashboardAsync();
        var before = await dashboard.GetDocumentAsync(path);

        // Behind the sync's back: straight through the content services, past the API's read-only guard.
        await host.InTenantAsync(tenant, async services =>
        {
            using var bypass = services.GetRequiredService<MirrorWriteScope>().Enter();
            await services.GetRequiredService<ContentManager>().PatchCurrentAsync(contentItemId,
                item => item.Part("ProductContent")["Price"] = new JsonObject { ["Value"] = 1.5m });
        });
        var drifted = await dashboard.GetDocumentAsync(path);
        var resync = await dashboard.PostWithAntiforgeryAsync(path, path + "/resync");
        var repaired = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var page = await dashboard.GetDocumentAsync(path);
            return Row(page, "Price").GetAttributeValue("data-differs", "") == "false" ? page : null;
        }, "the repaired price");

        Row(before, "Price").GetAttributeValue("data-differs", "").Should().Be("false");
        before.DocumentNode.SelectSingleNode("//dd[@id='content-item']")!.InnerText.Should().Be(contentItemId);
        before.DocumentNode.SelectSingleNode("//dd[@id='archived']")!.InnerText.Should().Be("no");
        var price = Row(drifted, "Price");
        price.GetAttributeValue("data-differs", "").Should().Be("true");
        price.GetAttributeValue("class", "").Should().Contain("stale");
        Texts(price).Should().Equal("Price", "commerce", "39", "1.5 differs", "—");
        Row(drifted, "SKU").GetAttributeValue("data-differs", "").Should().Be("false");
        drifted.DocumentNode.SelectSingleNode("//table//tr[@data-direction='commerce-to-content']")!.InnerText.Should().Contain("differs");
        resync.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        resync.Headers.Location!.OriginalString.Should().StartWith(path + "?done=resync-product&job=");
        Texts(Row(repaired, "Price")).Should().Equal("Price", "commerce", "39", "39", "—");
        repaired.DocumentNode.SelectSingleNode("//table//tr[@data-direction='commerce-to-content']")!.InnerText.Should().Contain("in sync");
    }

    private static HtmlNode Row(HtmlDocument page, string field) =>
        page.DocumentNode.SelectSingleNode($"//table[@class='sync-diff']//tr[@data-field='{field}']")!;

    private static IEnumerable<string> Texts(HtmlNode row) =>
        row.SelectNodes("th|td")!.Select(cell => HtmlEntity.DeEntitize(cell.InnerText).Trim());
}
