using System.Text.Json;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Every feed event becomes one fan-out job, whatever its type: which subscriptions want it is decided when the job
/// runs, against the tenant's subscriptions at that moment, so the feed follower never calls the webhooks API.
/// </summary>
public sealed class WebhookRoute : IFeedRoute
{
    public const string FanOutJob = "webhooks.fan-out";
    public const string DeliverJob = "webhooks.deliver";

    public IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent)
    {
        yield return new FeedJob(FanOutJob, JsonSerializer.SerializeToNode(WebhookEvent.From(tenant, feedEvent), JsonSerializerOptions.Web)!);
    }
}
