using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Webhooks;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

public sealed class WebhookRouteTests
{
    private static readonly CmsFeedEvent ProductCreated = new(12, "evt_1", "product.created", "product", "prod_1", 3,
        new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc), JsonDocument.Parse("""{"id":"prod_1","title":"Mug"}""").RootElement);

    [Fact]
    public void Route_SubscriptionsNotKnown_OneFanOutJobCarryingTheEvent()
    {
        var jobs = new WebhookRoute(WebhookSubscriptionCacheTests.ColdCache()).Route(new CmsTenant("acme", "acme.test", null), ProductCreated).ToList();

        jobs.Should().ContainSingle().Which.Type.Should().Be(WebhookRoute.FanOutJob);
        var webhookEvent = jobs[0].Payload.Deserialize<WebhookEvent>(JsonSerializerOptions.Web)!;
        (webhookEvent.Id, webhookEvent.Type, webhookEvent.Tenant, webhookEvent.AggregateId, webhookEvent.AggregateVersion)
            .Should().Be(("evt_1", "product.created", "acme", "prod_1", 3L));
    }

    [Fact]
    public void Route_TenantRegistryEvent_NoFanOut() =>
        new WebhookRoute(WebhookSubscriptionCacheTests.ColdCache()).Route(CmsTenant.Default, ProductCreated with { Type = "tenant.created", Feed = "tenants" })
            .Should().BeEmpty();

    [Fact]
    public void ToBody_Event_DocumentedCamelCaseFields()
    {
        var body = JsonNode.Parse(WebhookEvent.From(new CmsTenant("acme", null, "acme"), ProductCreated).ToBody())!.AsObject();

        body.Select(p => p.Key).Should().Equal("id", "type", "tenant", "aggregateType", "aggregateId", "aggregateVersion", "occurredUtc", "data");
        ((string)body["tenant"]!).Should().Be("acme");
        ((DateTime)body["occurredUtc"]!).Should().Be(ProductCreated.OccurredUtc);
        ((string)body["data"]!["title"]!).Should().Be("Mug");
    }

    [Fact]
    public void Key_SameEventAndSubscription_SameKeyWhateverTheTenantsCase() =>
        DeliverWebhook.Key("Acme", "evt_1", "whsub_1").Should().Be(DeliverWebhook.Key("acme", "evt_1", "whsub_1"))
            .And.Be("webhooks:acme:evt_1:whsub_1");
}
