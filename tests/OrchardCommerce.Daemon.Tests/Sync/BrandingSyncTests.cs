using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>A published Branding item reaches the store's branding, which storefronts read at /api/store/branding.</summary>
public sealed class BrandingSyncTests(SyncDemoHost demo) : IClassFixture<SyncDemoHost>
{
    [Fact]
    public async Task BrandingPublished_StoreBrandingFollows()
    {
        var page = (await demo.Acme.GetFromJsonAsync<JsonObject>("/api/content?type=Branding&status=latest"))!;
        var branding = page["items"]!.AsArray().OfType<JsonObject>().Single();
        var id = (string)branding["ContentItemId"]!;
        branding["Branding"]!["Tagline"] = new JsonObject { ["Text"] = "Synced to the store" };

        (await demo.Acme.PutAsJsonAsync($"/api/content/{id}", branding)).EnsureSuccessStatusCode();
        (await demo.Acme.PostAsync($"/api/content/{id}/publish", null)).EnsureSuccessStatusCode();

        using var storefront = demo.Cms.CreateClient(SyncDemoHost.AcmeHost);
        var store = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var current = await storefront.GetFromJsonAsync<JsonObject>("/api/store/branding");
            return (string?)current?["tagline"] == "Synced to the store" ? current : null;
        }, "the store's branding");
        ((string?)store["siteName"]).Should().Be("Acme Outfitters");
        ((string?)store["primaryColor"]).Should().Be("#c2410c");
        ((string?)store["logo"]).Should().Be("logo.svg");
        ((long)store["version"]!).Should().BeGreaterThanOrEqualTo(1);
    }
}
