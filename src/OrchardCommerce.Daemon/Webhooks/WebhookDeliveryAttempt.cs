namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// One row of the delivery log: an attempt of a delivery job (<see cref="JobId"/>) to send an event to a subscription.
/// <see cref="EventJson"/> is the body sent, kept so ops can redeliver it after the job itself is gone.
/// </summary>
public sealed record WebhookDeliveryAttempt(long Id, string Tenant, string SubscriptionId, string Url, string EventId, string EventType,
    long JobId, int Attempt, long? RedeliveryOf, string Outcome, int? StatusCode, string? Error, long DurationMs, DateTime AtUtc, string EventJson);
