namespace OrchardCommerce.Webhooks.Models;

/// <summary>The list endpoint's answer: an object, so paging or totals can be added without breaking clients.</summary>
public sealed record WebhookSubscriptionList(IReadOnlyList<WebhookSubscription> Items);
