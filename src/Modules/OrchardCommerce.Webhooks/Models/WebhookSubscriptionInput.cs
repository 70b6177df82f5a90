namespace OrchardCommerce.Webhooks.Models;

/// <summary>What a client sets on a subscription (create and update); already validated.</summary>
public sealed record WebhookSubscriptionInput(string Url, IReadOnlyList<string> Events, bool Active);
