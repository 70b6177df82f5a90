namespace OrchardCommerce.Commerce.Outbox;

/// <summary>A page of the change feed and the cursor to continue from (the last sequence, or the request's "after").</summary>
public sealed record FeedPage(IReadOnlyList<FeedEvent> Events, long Next);
