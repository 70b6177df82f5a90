using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Webhooks.Tests.Api;

public sealed class WebhookSubscriptionsApiTests(WebhooksApiHost host) : IClassFixture<WebhooksApiHost>
{
    private const string Path = "/api/webhooks/subscriptions";

    private static async Task<JsonObject> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync(Path, body ?? new { url = "https://example.com/hooks", events = new[] { "product.*" } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Create_ValidBody_201WithSecretThatReadsNeverShow()
    {
        var response = await host.Shop.PostAsJsonAsync(Path, new { url = "https://example.com/hooks", events = new[] { "product.*", "order.placed" } });
        var created = await response.ReadJsonAsync();
        var id = (string)created["id"]!;

        var read = await host.Shop.GetFromJsonAsync<JsonObject>($"{Path}/{id}");
        var list = await host.Shop.GetFromJsonAsync<JsonObject>(Path);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().EndWith($"{Path}/{id}");
        ((string)created["secret"]!).Should().StartWith("whsec_");
        created["events"]!.AsArray().Select(e => (string)e!).Should().Equal("product.*", "order.placed");
        ((bool)created["active"]!).Should().BeTrue();
        read!.ContainsKey("secret").Should().BeFalse();
        ((string)read["url"]!).Should().Be("https://example.com/hooks");
        var listed = list!["items"]!.AsArray().Single(s => (string)s!["id"]! == id)!.AsObject();
        listed.ContainsKey("secret").Should().BeFalse();
    }

    [Fact]
    public async Task Create_BadFields_ValidationProblemNamingEach()
    {
        (await (await host.Shop.PostAsJsonAsync(Path, new { url = "not a url", events = new[] { "*" } })).ShouldNameFieldAsync("url"))
            .Should().Contain("absolute http or https");
        await (await host.Shop.PostAsJsonAsync(Path, new { url = "https://example.com", events = Array.Empty<string>() })).ShouldNameFieldAsync("events");
        (await (await host.Shop.PostAsJsonAsync(Path, new { url = "https://example.com", events = new[] { "product.*", "prodcut.created" } }))
            .ShouldNameFieldAsync("events[1]")).Should().Contain("prodcut.created");
        await (await host.Shop.PostAsync(Path, new StringContent("{nope", Encoding.UTF8, "application/json"))).ShouldNameFieldAsync("body");
    }

    [Fact]
    public async Task Update_ExistingSubscription_ChangedWithoutSecret()
    {
        var id = (string)(await CreateAsync(host.Shop))["id"]!;

        var response = await host.Shop.PutAsJsonAsync($"{Path}/{id}", new { url = "http://127.0.0.1:9/in", events = new[] { "*" }, active = false });
        var updated = await response.ReadJsonAsync();
        var bad = await host.Shop.PutAsJsonAsync($"{Path}/{id}", new { url = "https://example.com", events = new[] { "*" }, active = "no" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string)updated["url"]!).Should().Be("http://127.0.0.1:9/in");
        ((bool)updated["active"]!).Should().BeFalse();
        updated.ContainsKey("secret").Should().BeFalse();
        await bad.ShouldNameFieldAsync("active");
    }

    [Fact]
    public async Task RotateSecret_ExistingSubscription_NewSecretReturnedOnce()
    {
        var created = await CreateAsync(host.Shop);
        var id = (string)created["id"]!;

        var rotated = await (await host.Shop.PostAsync($"{Path}/{id}/rotate-secret", null)).ReadJsonAsync();
        var daemon = await host.Client("shop.test", WebhooksApiHost.ServiceToken).GetFromJsonAsync<JsonObject>($"{Path}?includeSecrets=true");

        ((string)rotated["secret"]!).Should().StartWith("whsec_").And.NotBe((string)created["secret"]!);
        var seen = daemon!["items"]!.AsArray().Single(s => (string)s!["id"]! == id)!;
        ((string)seen["secret"]!).Should().Be((string)rotated["secret"]!);
    }

    [Fact]
    public async Task Delete_ExistingSubscription_204Then404()
    {
        var id = (string)(await CreateAsync(host.Shop))["id"]!;

        var deleted = await host.Shop.DeleteAsync($"{Path}/{id}");
        var again = await host.Shop.DeleteAsync($"{Path}/{id}");
        var get = await host.Shop.GetAsync($"{Path}/{id}");
        var rotate = await host.Shop.PostAsync($"{Path}/{id}/rotate-secret", null);

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await rotate.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListWithSecrets_AdministratorToken_Forbidden()
    {
        var response = await host.Shop.GetAsync($"{Path}?includeSecrets=true");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden))["detail"]!.ToString().Should().Contain("ReadWebhookSecrets");
    }

    [Fact]
    public async Task ServiceToken_ListWithSecretsOnly_NoManagement()
    {
        await CreateAsync(host.Shop);
        var daemon = host.Client("shop.test", WebhooksApiHost.ServiceToken);

        var withSecrets = await daemon.GetFromJsonAsync<JsonObject>($"{Path}?includeSecrets=true");
        var plainList = await daemon.GetAsync(Path);
        var create = await daemon.PostAsJsonAsync(Path, new { url = "https://example.com", events = new[] { "*" } });

        withSecrets!["items"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(s => ((string)s!["secret"]!).StartsWith("whsec_"));
        await plainList.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_AnyEndpoint_Unauthorized()
    {
        var anonymous = host.Client("shop.test", null);

        (await anonymous.GetAsync(Path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync(Path, new { url = "https://example.com", events = new[] { "*" } })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TenantWithoutFeature_Api_NotFound() =>
        (await host.Plain.GetAsync(Path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
}
