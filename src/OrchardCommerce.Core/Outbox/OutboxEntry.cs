namespace OrchardCommerce.Outbox;

/// <summary>One event to append with <see cref="OutboxWriter{TStream}.AppendAsync(IReadOnlyList{OutboxEntry}, CancellationToken)"/>.</summary>
/// <param name="Payload">Serialized as the event's data (web JSON naming), or a <see cref="RawJsonPayload"/> stored as it is.</param>
public sealed record OutboxEntry(string Type, string AggregateType, string AggregateId, long AggregateVersion, object Payload);
