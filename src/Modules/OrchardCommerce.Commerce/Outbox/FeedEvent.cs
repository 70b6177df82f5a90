using System.Text.Json;

namespace OrchardCommerce.Commerce.Outbox;

/// <summary>One change-feed entry; <see cref="Sequence"/> is the cursor a consumer passes back as "after".</summary>
public sealed record FeedEvent(long Sequence, string Id, string Type, string AggregateType, string AggregateId, long AggregateVersion,
    DateTime OccurredUtc, JsonElement Data);
