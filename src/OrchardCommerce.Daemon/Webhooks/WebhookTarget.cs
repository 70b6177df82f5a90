namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>A subscription as the daemon reads it (GET /api/webhooks/subscriptions?includeSecrets=true): with its secret.</summary>
public sealed record WebhookTarget(string Id, string Url, IReadOnlyList<string> Events, bool Active, string Secret);
