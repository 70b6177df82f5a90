using System.Text.Json;
using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>A feed event as receivers get it: the JSON body of every delivery (camelCase), and the fan-out job's payload.</summary>
public sealed record WebhookEvent(string Id, string Type, string Tenant, string AggregateType, string AggregateId, long AggregateVersion,
    DateTime OccurredUtc, JsonElement Data)
{
    public static WebhookEvent From(CmsTenant tenant, CmsFeedEvent feedEvent) =>
        new(feedEvent.Id, feedEvent.Type, tenant.Name, feedEvent.AggregateType, feedEvent.AggregateId, feedEvent.AggregateVersion,
            feedEvent.OccurredUtc, feedEvent.Data);

    /// <summary>The exact bytes sent and signed.</summary>
    public byte[] ToBody() => JsonSerializer.SerializeToUtf8Bytes(this, JsonSerializerOptions.Web);
}
