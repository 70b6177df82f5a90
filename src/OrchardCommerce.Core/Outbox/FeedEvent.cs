using System.Text.Json;

namespace OrchardCommerce.Outbox;

/// <summary>One change-feed entry.</summary>
/// <param name="Sequence">
/// The event's feed position (the <c>position</c> column), serialised as "sequence": the cursor a consumer passes back
/// as "after", and the order of the feed (the order events committed). It is not the table's insert number, which on
/// PostgreSQL can run ahead of commit order and is not exposed.
/// </param>
public sealed record FeedEvent(long Sequence, string Id, string Type, string AggregateType, string AggregateId, long AggregateVersion,
    DateTime OccurredUtc, JsonElement Data);
