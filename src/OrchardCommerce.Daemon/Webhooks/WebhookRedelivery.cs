using System.Text.Json;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Ops' Redeliver: a fresh delivery job for the same event and subscription, read back from the delivery log (the
/// original job may be gone after retention). Its own idempotency key lets it run however the first one ended, and
/// its payload names the job it repeats, which its log rows record.
/// </summary>
public sealed class WebhookRedelivery(WebhookDeliveryLog log, IJobClient jobs)
{
    /// <summary>The new delivery job's id, or null when the log has no delivery <paramref name="jobId"/>.</summary>
    public async Task<long?> RedeliverAsync(long jobId, CancellationToken ct = default)
    {
        var attempts = await log.AttemptsAsync(jobId, ct);
        if (attempts.Count == 0) return null;
        var last = attempts[^1];
        var webhookEvent = JsonSerializer.Deserialize<WebhookEvent>(last.EventJson, JsonSerializerOptions.Web)!;
        var payload = new DeliverWebhook(last.Tenant, last.SubscriptionId, webhookEvent, RedeliveryOf: jobId);
        var key = $"{DeliverWebhook.Key(last.Tenant, last.EventId, last.SubscriptionId)}:redelivery:{Guid.NewGuid():N}";
        return await jobs.EnqueueAsync(WebhookRoute.DeliverJob, JsonSerializer.SerializeToNode(payload, JsonSerializerOptions.Web),
            new JobOptions(IdempotencyKey: key), ct);
    }
}
