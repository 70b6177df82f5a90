using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Webhooks.Tests.Api;

/// <summary>One tenant's token and ids are worth nothing in another tenant: each has its own database and users.</summary>
public sealed class WebhookTenantIsolationTests(WebhooksApiHost host) : IClassFixture<WebhooksApiHost>
{
    private const string Path = "/api/webhooks/subscriptions";

    [Fact]
    public async Task OtherTenantsToken_ListOrCreateInShop_Unauthorized()
    {
        var shopTokenAtOther = host.Client("other.test", host.ShopToken);

        (await shopTokenAtOther.GetAsync(Path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await shopTokenAtOther.PostAsJsonAsync(Path, new { url = "https://evil.example", events = new[] { "*" } }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ShopSubscription_FromOtherTenant_InvisibleAndUntouchable()
    {
        var created = await (await host.Shop.PostAsJsonAsync(Path, new { url = "https://shop.example/hooks", events = new[] { "*" } })).ReadJsonAsync();
        var id = (string)created["id"]!;

        var list = await host.Other.GetFromJsonAsync<JsonObject>(Path);
        var get = await host.Other.GetAsync($"{Path}/{id}");
        var update = await host.Other.PutAsJsonAsync($"{Path}/{id}", new { url = "https://evil.example", events = new[] { "*" } });
        var rotate = await host.Other.PostAsync($"{Path}/{id}/rotate-secret", null);
        var delete = await host.Other.DeleteAsync($"{Path}/{id}");
        var stillThere = await host.Shop.GetFromJsonAsync<JsonObject>($"{Path}/{id}");

        list!["items"]!.AsArray().Select(s => (string)s!["id"]!).Should().NotContain(id);
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await rotate.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        ((string)stillThere!["url"]!).Should().Be("https://shop.example/hooks");
    }
}
