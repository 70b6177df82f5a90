using System.Text.Json;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// An event of a tenant's own feeds becomes one fan-out job: which subscriptions want it is decided when the job runs,
/// against the tenant's subscriptions at that moment, so the feed follower never calls the webhooks API. Only when the
/// cache read a moment ago shows nobody takes the type is the job left out. The tenant registry's feed is the host's,
/// not a tenant's, so it has no subscribers.
/// </summary>
public sealed class WebhookRoute(WebhookSubscriptionCache subscriptions) : IFeedRoute
{
    public const string FanOutJob = "webhooks.fan-out";
    public const string DeliverJob = "webhooks.deliver";

    public IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent)
    {
        if (feedEvent.Feed == CmsFeed.Tenants.Name) yield break;
        // A tenant whose fresh subscriptions take none of this type costs no job (most events of most stores). A cold
        // or stale cache still fans out, and that job reads the subscriptions again, so a new one is seen in time.
        if (subscriptions.KnownUnsubscribed(tenant.Name, feedEvent.Type)) yield break;
        yield return new FeedJob(FanOutJob, JsonSerializer.SerializeToNode(WebhookEvent.From(tenant, feedEvent), JsonSerializerOptions.Web)!);
    }
}
