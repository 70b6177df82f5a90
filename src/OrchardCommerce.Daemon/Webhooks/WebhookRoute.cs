using System.Text.Json;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Every event of a tenant's own feeds becomes one fan-out job, whatever its type: which subscriptions want it is decided
/// when the job runs, against the tenant's subscriptions at that moment, so the feed follower never calls the webhooks
/// API. The tenant registry's feed is the host's, not a tenant's, so it has no subscribers.
/// </summary>
public sealed class WebhookRoute : IFeedRoute
{
    public const string FanOutJob = "webhooks.fan-out";
    public const string DeliverJob = "webhooks.deliver";

    public IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent)
    {
        if (feedEvent.Feed == CmsFeed.Tenants.Name) yield break;
        yield return new FeedJob(FanOutJob, JsonSerializer.SerializeToNode(WebhookEvent.From(tenant, feedEvent), JsonSerializerOptions.Web)!);
    }
}
