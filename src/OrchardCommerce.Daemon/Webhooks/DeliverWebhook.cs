namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Job payload: deliver one event to one subscription. It names the subscription instead of carrying its URL and
/// secret, so no secret lands in the jobs table (or on the dashboard), and a rotated secret or changed URL applies to
/// retries too. <see cref="RedeliveryOf"/> is the delivery job an ops' Redeliver repeats.
/// </summary>
public sealed record DeliverWebhook(string Tenant, string SubscriptionId, WebhookEvent Event, long? RedeliveryOf = null)
{
    /// <summary>One delivery per event and subscription, however often the fan-out runs.</summary>
    public static string Key(string tenant, string eventId, string subscriptionId) =>
        $"webhooks:{tenant.ToLowerInvariant()}:{eventId}:{subscriptionId}";
}
