using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Sync;
using OrchardCommerce.Jobs;

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

    private async Task CreateTenantAsync(HttpClient host, string name, bool? store = null) =>
        (await host.PostAsJsonAsync("/api/tenants", new
        {
            name, hosts = new[] { $"{name}.localhost" }, recipe = "branded-blog", store,
            adminUserName = "admin", adminEmail = $"admin@{name}.localhost", adminPassword = SyncDemoHost.AdminPassword,
        })).EnsureSuccessStatusCode();

    [Fact]
    public async Task DemoTenantWithItsOwnStore_RecipesBrandingReachesTheStore()
    {
        using var storefront = demo.Cms.CreateClient(SyncDemoHost.AcmeHost);

        var branding = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var body = await storefront.GetFromJsonAsync<JsonObject>("/api/store/branding");
            return (string?)body?["siteName"] == "Acme Outfitters" ? body : null;
        }, "acme's recipe branding on its store");

        ((string?)branding["primaryColor"]).Should().Be("#c2410c");
    }

    [Fact]
    public async Task TenantCreatedWithoutStore_ProvisioningJobRunsAndLeavesIt()
    {
        using var host = await LoginAsync("localhost");
        await CreateTenantAsync(host, "journal", store: false);

        var monitor = demo.Cms.Services.GetRequiredService<IJobMonitor>();
        await SyncDemoHost.EventuallyAsync(async () =>
        {
            var (jobs, _) = await monitor.ListAsync(JobState.Succeeded, SyncJobs.ProvisionStore, 1, 50);
            foreach (var job in jobs)
                if ((await monitor.GetAsync(job.Id))?.PayloadJson.Contains("\"journal\"") == true) return job;
            return null;
        }, "the journal's provisioning job to end");

        var tenant = (await host.GetFromJsonAsync<JsonObject>("/api/tenants/journal"))!;
        tenant["features"]!.AsArray().Select(f => (string?)f).Should().NotContain("OrchardCommerce.Commerce");
        using var storefront = demo.Cms.CreateClient("journal.localhost");
        (await storefront.GetAsync("/api/store/branding")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TenantCreatedWithoutCommerce_StoreProvisionedBrandedAndSynced()
    {
        using var host = await LoginAsync("localhost");
        await CreateTenantAsync(host, "outlet");

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
