using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Webhooks;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

public sealed class WebhookSubscriptionCacheTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private readonly FakeCms _cms = new();
    private readonly WebhookSubscriptionCache _cache;

    public WebhookSubscriptionCacheTests() => _cache = Cache(_cms, _clock);

    private static WebhookSubscriptionCache Cache(HttpMessageHandler cms, TimeProvider clock)
    {
        var daemon = Options.Create(new DaemonOptions { CmsUrl = "http://cms.test/", ServiceToken = "service-token" });
        var client = new CmsClient(new HttpClient(cms), new CmsAddress(daemon, new ServiceCollection().BuildServiceProvider()), daemon);
        return new WebhookSubscriptionCache(new TenantDirectory(client, daemon, clock), client,
            Options.Create(new WebhookOptions { SubscriptionCacheTime = TimeSpan.FromSeconds(5) }), clock);
    }

    /// <summary>A cache that has read nothing yet.</summary>
    internal static WebhookSubscriptionCache ColdCache() => Cache(new FakeCms(), TimeProvider.System);

    private static readonly CmsFeedEvent OrderPlaced = new(12, "evt_1", "order.placed", "order", "ord_1", 1,
        new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc), System.Text.Json.JsonDocument.Parse("{}").RootElement);

    [Fact]
    public async Task Route_FreshReadWithoutAMatchingSubscription_NoFanOutUntilTheCacheTimeEnds()
    {
        _cms.Subscriptions.Add(Subscription("whsub_1", "product.*"));
        var route = new WebhookRoute(_cache);
        var acme = new CmsTenant("acme", "acme.test", null);
        await _cache.GetAsync("acme", CancellationToken.None);

        var fresh = route.Route(acme, OrderPlaced).ToList();
        var matching = route.Route(acme, OrderPlaced with { Type = "product.updated" }).ToList();
        var otherTenant = route.Route(new CmsTenant("globex", "globex.test", null), OrderPlaced).ToList();
        _clock.Advance(TimeSpan.FromSeconds(5));
        var stale = route.Route(acme, OrderPlaced).ToList();

        fresh.Should().BeEmpty("a read a moment ago shows nobody takes order.placed");
        matching.Should().ContainSingle();
        otherTenant.Should().ContainSingle("globex's subscriptions were never read");
        stale.Should().ContainSingle("after the cache time the fan-out job reads the subscriptions again");
    }

    [Fact]
    public async Task Route_OnlyAnInactiveSubscriptionMatches_NoFanOut()
    {
        var inactive = Subscription("whsub_1", "*");
        inactive["active"] = false;
        _cms.Subscriptions.Add(inactive);
        await _cache.GetAsync("acme", CancellationToken.None);

        new WebhookRoute(_cache).Route(new CmsTenant("acme", "acme.test", null), OrderPlaced).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_TwiceWithinCacheTime_ReadOnceWithSecretsAndServiceToken()
    {
        _cms.Subscriptions.Add(Subscription("whsub_1", "product.*"));

        var first = await _cache.GetAsync("acme", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        var second = await _cache.GetAsync("acme", CancellationToken.None);

        _cms.Reads.Should().Be(1);
        second.Should().BeSameAs(first);
        first.Should().ContainSingle().Which.Should().BeEquivalentTo(new WebhookTarget("whsub_1", "https://example.com/whsub_1", ["product.*"], true, "whsec_whsub_1"));
        _cms.Authorization.Should().Be("Bearer service-token");
        _cms.Host.Should().Be("acme.test");
    }

    [Fact]
    public async Task Get_AfterCacheTime_ReadAgain()
    {
        await _cache.GetAsync("acme", CancellationToken.None);
        _cms.Subscriptions.Add(Subscription("whsub_2", "*"));
        _clock.Advance(TimeSpan.FromSeconds(5));

        var again = await _cache.GetAsync("acme", CancellationToken.None);

        _cms.Reads.Should().Be(2);
        again.Select(t => t.Id).Should().Equal("whsub_2");
    }

    [Fact]
    public async Task Find_SubscriptionCreatedAfterTheCachedRead_ReadAgainAndFound()
    {
        await _cache.GetAsync("acme", CancellationToken.None);
        _cms.Subscriptions.Add(Subscription("whsub_new", "*"));

        var found = await _cache.FindAsync("acme", "whsub_new", CancellationToken.None);
        var missing = await _cache.FindAsync("acme", "whsub_gone", CancellationToken.None);

        found!.Id.Should().Be("whsub_new");
        missing.Should().BeNull();
        _cms.Reads.Should().Be(3);
    }

    [Fact]
    public async Task Get_TenantWithoutTheWebhooksFeature_NoSubscriptions()
    {
        _cms.FeatureEnabled = false;

        (await _cache.GetAsync("acme", CancellationToken.None)).Should().BeEmpty();
    }

    private static JsonObject Subscription(string id, string pattern) => new()
    {
        ["id"] = id, ["url"] = $"https://example.com/{id}", ["events"] = new JsonArray(pattern), ["active"] = true, ["secret"] = "whsec_" + id,
        ["createdUtc"] = "2025-03-01T09:00:00Z", ["updatedUtc"] = "2025-03-01T09:00:00Z",
    };

    /// <summary>Cms.Web as the cache sees it: the tenant list and one tenant's subscriptions API.</summary>
    private sealed class FakeCms : HttpMessageHandler
    {
        public List<JsonObject> Subscriptions { get; } = [];
        public bool FeatureEnabled { get; set; } = true;
        public int Reads { get; private set; }
        public string? Authorization { get; private set; }
        public string? Host { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.PathAndQuery;
            if (path == "/api/tenants")
                return Json("""[{"name":"acme","state":"Running","hosts":["acme.test"]}]""");
            if (path != "/" + WebhookSubscriptionCache.Path) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            (Authorization, Host) = (request.Headers.Authorization?.ToString(), request.Headers.Host);
            Reads++;
            if (!FeatureEnabled) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("") });
            return Json(new JsonObject { ["items"] = new JsonArray([.. Subscriptions.Select(s => s.DeepClone())]) }.ToJsonString());
        }

        private static Task<HttpResponseMessage> Json(string json) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
