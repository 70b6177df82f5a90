using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// Tenant created → its store: a tenant set up from a recipe without commerce gets the store recipe from the daemon
/// (tenant.created on the Default tenant's feed), its recipe's Branding reaches the new store, and the daemon follows
/// the tenant's commerce feed at once, so its first product gets a ProductContent draft — all without a restart.
/// </summary>
public sealed class StoreProvisioningTests(StoreProvisioningHost demo) : IClassFixture<StoreProvisioningHost>
{
    private const string OutletHost = "outlet.localhost";

    private async Task<HttpClient> LoginAsync(string host)
    {
        using var anonymous = demo.Cms.CreateClient(host);
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = SyncDemoHost.AdminPassword });
        token.EnsureSuccessStatusCode();
        return demo.Cms.CreateClient(host, (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!);
    }

    [Fact]
    public async Task TenantCreatedWithoutCommerce_StoreProvisionedBrandedAndSynced()
    {
        using var host = await LoginAsync("localhost");
        var created = await host.PostAsJsonAsync("/api/tenants", new
        {
            name = "outlet", hosts = new[] { OutletHost }, recipe = "branded-blog",
            adminUserName = "admin", adminEmail = "admin@outlet.localhost", adminPassword = SyncDemoHost.AdminPassword,
        });
        created.EnsureSuccessStatusCode();

        using var storefront = demo.Cms.CreateClient(OutletHost);
        var branding = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var response = await storefront.GetAsync("/api/store/branding");
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
            return (string?)body?["siteName"] == "Outlet Co." ? body : null;
        }, "the new tenant's store branding", seconds: 60);
        ((string?)branding["primaryColor"]).Should().Be("#123456");
        var tenant = (await host.GetFromJsonAsync<JsonObject>("/api/tenants/outlet"))!;
        tenant["features"]!.AsArray().Select(f => (string?)f).Should().Contain(["OrchardCommerce.Commerce", "OrchardCommerce.Sync"]);

        using var outlet = await LoginAsync(OutletHost);
        var product = await outlet.PostAsJsonAsync("/api/commerce/products", new
        {
            handle = "outlet-mug", title = "Outlet Mug", status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = "OUT-MUG", options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = 1200 } } },
        });
        product.EnsureSuccessStatusCode();
        var productId = (string)(await product.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var link = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var response = await outlet.GetAsync($"/api/sync/products/{productId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        }, "the ProductContent draft of the outlet's first product");
        var draft = (await outlet.GetFromJsonAsync<JsonObject>($"/api/content/{(string)link["contentItemId"]!}?status=latest"))!;
        ((string?)draft["ProductContent"]!["Sku"]!["Text"]).Should().Be("OUT-MUG");

        var again = await host.PostAsync("/api/tenants/outlet/store", null);
        ((bool)(await again.Content.ReadFromJsonAsync<JsonObject>())!["provisioned"]!).Should().BeFalse();
    }
}
