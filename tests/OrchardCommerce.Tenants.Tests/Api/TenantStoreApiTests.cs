using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Tests.Api;

/// <summary>POST /api/tenants/{name}/store: the store recipe for a running tenant without commerce, once.</summary>
public sealed class TenantStoreApiTests : IAsyncLifetime
{
    private TenantsTestHost _host = null!;
    private string _token = null!;

    public async Task InitializeAsync() => await StartAsync();

    private async Task StartAsync(string? recipe = null)
    {
        if (_host is not null) await _host.DisposeAsync();
        _host = await TenantsTestHost.StartAsync(DatabaseProvider.Sqlite,
            recipe is null ? null : new Dictionary<string, string?> { ["OrchardCommerce:Stores:Recipe"] = recipe });
        _token = await _host.GetTokenAsync();
        (await _host.CreateTenantAsync(_token, "shop", "shop.localhost")).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> ProvisionAsync(string name, string? token = "") =>
        _host.CreateClient(token: token == "" ? _token : token).PostAsync($"/api/tenants/{name}/store", null);

    [Fact]
    public async Task Provision_TenantWithoutCommerce_RunsTheStoreRecipeOnIt()
    {
        var response = await ProvisionAsync("shop");

        var body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((bool)body["provisioned"]!).Should().BeTrue();
        ((bool)body["hasStore"]!).Should().BeTrue();
        ((string?)body["recipe"]).Should().Be("commerce-store");
        _host.Runner.Runs.Should().ContainSingle(r => r.Tenant == "shop" && r.Recipe == "commerce-store" && r.Parameters["TenantName"] == "shop");
    }

    [Fact]
    public async Task Provision_TenantWithCommerce_LeftAsItIs()
    {
        var shells = _host.Services.GetRequiredService<ShellHost>();
        var shop = shells.Find("shop")!;
        shop.Features = ["OrchardCommerce.Commerce"];
        await shells.SaveAsync(shop);

        var body = await (await ProvisionAsync("shop")).ReadJsonAsync();

        ((bool)body["provisioned"]!).Should().BeFalse();
        ((bool)body["hasStore"]!).Should().BeTrue();
        ((string?)body["reason"]).Should().Be("The tenant already has a store.");
        _host.Runner.Runs.Should().NotContain(r => r.Recipe == "commerce-store");
    }

    [Fact]
    public async Task Provision_TenantCreatedWithoutStore_LeftAsItIs()
    {
        var created = await _host.CreateClient(token: _token).PostAsJsonAsync("/api/tenants", new
        {
            name = "blog", hosts = new[] { "blog.localhost" }, recipe = "blank", adminUserName = "admin", adminEmail = "a@blog.localhost",
            adminPassword = TenantsTestHost.AdminPassword, store = false,
        });
        created.EnsureSuccessStatusCode();

        var body = await (await ProvisionAsync("blog")).ReadJsonAsync();

        ((bool)body["provisioned"]!).Should().BeFalse();
        ((bool)body["hasStore"]!).Should().BeFalse();
        ((string?)body["reason"]).Should().Be("The tenant was created without a store.");
        ((bool)(await _host.CreateClient(token: _token).GetFromJsonAsync<JsonObject>("/api/tenants/blog"))!["store"]!).Should().BeFalse();
        _host.Runner.Runs.Should().NotContain(r => r.Recipe == "commerce-store");
    }

    [Fact]
    public async Task Provision_RecipeSetEmpty_Off()
    {
        await StartAsync(recipe: "");

        var body = await (await ProvisionAsync("shop")).ReadJsonAsync();

        ((bool)body["provisioned"]!).Should().BeFalse();
        ((bool)body["hasStore"]!).Should().BeFalse();
        ((string?)body["reason"]).Should().Contain("off");
    }

    [Fact]
    public async Task Provision_RecipeFails_400NamingTheRecipe()
    {
        await StartAsync(recipe: "broken");

        var problem = await (await ProvisionAsync("shop")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!["recipe"]![0]!.ToString().Should().Contain("unknown step");
    }

    [Fact]
    public async Task Provision_DefaultUnknownOrDisabled_ProblemEach()
    {
        (await _host.CreateClient(token: _token).PostAsync("/api/tenants/shop/disable", null)).EnsureSuccessStatusCode();

        var onDefault = await (await ProvisionAsync("Default")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await ProvisionAsync("nobody")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ProvisionAsync("shop")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        onDefault["errors"]!.AsObject().Select(e => e.Key).Should().Equal("name");
        _host.Runner.Runs.Should().NotContain(r => r.Recipe == "commerce-store");
    }

    [Fact]
    public async Task Provision_AnonymousOrTenantsOwnAdmin_Refused()
    {
        var shopToken = await _host.GetTokenAsync("shop.localhost");

        var anonymous = await ProvisionAsync("shop", token: null);
        var fromShop = await _host.CreateClient("shop.localhost", shopToken).PostAsync("/api/tenants/shop/store", null);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        fromShop.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _host.Runner.Runs.Should().NotContain(r => r.Recipe == "commerce-store");
    }
}
