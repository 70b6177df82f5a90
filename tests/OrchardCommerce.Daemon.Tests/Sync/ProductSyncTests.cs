using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// The end-to-end flow on the embedded default, through the public APIs only: a product created in commerce
/// gets a ProductContent draft; the marketer's published copy reaches the commerce product and GraphQL; a price
/// change reaches the content side's mirror.
/// </summary>
public sealed class ProductSyncTests(SyncDemoHost demo) : IClassFixture<SyncDemoHost>
{
    private HttpClient Acme => demo.Acme;

    private async Task<JsonObject?> FindContentAsync(string handle)
    {
        var page = (await Acme.GetFromJsonAsync<JsonObject>("/api/content?type=ProductContent&status=latest&pageSize=100"))!;
        return page["items"]!.AsArray().OfType<JsonObject>()
            .FirstOrDefault(i => (string?)i["ProductContent"]?["Handle"]?["Text"] == handle);
    }

    private async Task<string> CreateProductAsync(string handle, string sku, long price)
    {
        var response = await Acme.PostAsJsonAsync("/api/commerce/products", new
        {
            handle, title = "Sync Lantern", status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku, options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = price } } },
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    [Fact]
    public async Task Product_CreatedEditedPublishedRepriced_BothSidesFollow()
    {
        var productId = await CreateProductAsync("sync-lantern", "ACME-SYNC-LANTERN", 4500);

        // Commerce → content: a draft showing the commerce-owned fields.
        var draft = await SyncDemoHost.EventuallyAsync(() => FindContentAsync("sync-lantern"), "the ProductContent draft");
        ((bool)draft["Published"]!).Should().BeFalse();
        ((string?)draft["TitlePart"]!["Title"]).Should().Be("Sync Lantern");
        ((string?)draft["ProductContent"]!["Sku"]!["Text"]).Should().Be("ACME-SYNC-LANTERN");
        ((decimal)draft["ProductContent"]!["Price"]!["Value"]!).Should().Be(45m);

        // Content → commerce: the marketer writes the copy and publishes.
        var id = (string)draft["ContentItemId"]!;
        draft["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "A **storm-proof** lantern." };
        draft["ProductContent"]!["SeoTitle"] = new JsonObject { ["Text"] = "Storm lantern | Acme" };
        (await Acme.PutAsJsonAsync($"/api/content/{id}", draft)).EnsureSuccessStatusCode();
        (await Acme.PostAsync($"/api/content/{id}/publish", null)).EnsureSuccessStatusCode();
        var product = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var p = (await Acme.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{productId}"))!;
            return (string?)p["description"] == "A **storm-proof** lantern." ? p : null;
        }, "the description on the commerce product");
        ((string?)product["seoTitle"]).Should().Be("Storm lantern | Acme");
        var graphql = await Acme.PostAsJsonAsync("/api/graphql", new { query = """{ product(handle: "sync-lantern") { description } }""" });
        ((string?)(await graphql.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["product"]!["description"])
            .Should().Contain("<strong>storm-proof</strong>");

        // Commerce → content again: a new price shows on the published item.
        (await Acme.PutAsJsonAsync("/api/commerce/variants/ACME-SYNC-LANTERN/prices", new { prices = new Dictionary<string, long> { ["USD"] = 5200 } }))
            .EnsureSuccessStatusCode();
        await SyncDemoHost.EventuallyAsync(async () =>
        {
            var published = await Acme.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
            return (decimal?)published?["ProductContent"]?["Price"]?["Value"] == 52m ? published : null;
        }, "the new price on the published ProductContent item");
    }

    [Fact]
    public async Task Product_Deleted_ContentArchivedNotDestroyed()
    {
        var productId = await CreateProductAsync("sync-stove", "ACME-SYNC-STOVE", 9900);
        var draft = await SyncDemoHost.EventuallyAsync(() => FindContentAsync("sync-stove"), "the ProductContent draft");
        var id = (string)draft["ContentItemId"]!;
        (await Acme.PostAsync($"/api/content/{id}/publish", null)).EnsureSuccessStatusCode();

        (await Acme.DeleteAsync($"/api/commerce/products/{productId}")).EnsureSuccessStatusCode();

        await SyncDemoHost.EventuallyAsync(async () =>
            (await Acme.GetAsync($"/api/content/{id}")).StatusCode == System.Net.HttpStatusCode.NotFound ? "gone" : null, "the item off the site");
        var kept = await Acme.GetFromJsonAsync<JsonObject>($"/api/content/{id}?status=latest");
        ((string?)kept!["ContentType"]).Should().Be("ProductContent");
    }

    [Fact]
    public async Task Stock_SetThenSoldOut_MirrorShowsStockAndAvailability()
    {
        var productId = await CreateProductAsync("sync-heater", "ACME-SYNC-HEATER", 6900);
        (await Acme.PutAsJsonAsync("/api/commerce/inventory/ACME-SYNC-HEATER/main", new { onHand = 4 })).EnsureSuccessStatusCode();
        await MirroredStockAsync("sync-heater", 4, "in_stock");

        (await Acme.PutAsJsonAsync("/api/commerce/inventory/ACME-SYNC-HEATER/main", new { onHand = 0 })).EnsureSuccessStatusCode();
        await MirroredStockAsync("sync-heater", 0, "out_of_stock");

        var product = (await Acme.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{productId}"))!;
        ((long)product["variants"]![0]!["available"]!).Should().Be(0);
    }

    private Task<JsonObject> MirroredStockAsync(string handle, long stock, string availability) => SyncDemoHost.EventuallyAsync(async () =>
    {
        var item = await FindContentAsync(handle);
        var part = item?["ProductContent"];
        return (long?)part?["Stock"]?["Value"] == stock && (string?)part?["Availability"]?["Text"] == availability ? item : null;
    }, $"the mirror to show {stock} in stock ({availability})");
}
