namespace OrchardCommerce.Outbox;

/// <summary>
/// A page of the change feed and the cursor to continue from: the last event's <see cref="FeedEvent.Sequence"/> (its
/// feed position), or the request's "after" when the page is empty.
/// </summary>
public sealed record FeedPage(IReadOnlyList<FeedEvent> Events, long Next);
