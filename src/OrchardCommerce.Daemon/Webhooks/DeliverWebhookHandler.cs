using System.Text;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Sends one delivery attempt and logs it. A subscription deleted or deactivated since the fan-out is skipped (logged,
/// job done); a failed attempt throws, so the engine retries with backoff and dead-letters after the last attempt.
/// </summary>
public sealed class DeliverWebhookHandler(WebhookSubscriptionCache subscriptions, WebhookSender sender, WebhookDeliveryLog log,
    TimeProvider clock) : IJobHandler<DeliverWebhook>
{
    public async Task HandleAsync(DeliverWebhook payload, JobContext context, CancellationToken ct)
    {
        var target = await subscriptions.FindAsync(payload.Tenant, payload.SubscriptionId, ct);
        var body = payload.Event.ToBody();
        var attempt = new WebhookDeliveryAttempt(0, payload.Tenant, payload.SubscriptionId, target?.Url ?? "", payload.Event.Id, payload.Event.Type,
            context.JobId, context.Attempt, payload.RedeliveryOf, WebhookDeliveryOutcome.Skipped, null, null, 0, clock.GetUtcNow().UtcDateTime,
            Encoding.UTF8.GetString(body));
        if (target is null || !target.Active)
        {
            var why = target is null ? "The subscription no longer exists." : "The subscription is inactive.";
            await log.RecordAsync(attempt with { Error = why }, ct);
            return;
        }

        var result = await sender.SendAsync(target, payload.Event.Id, body, ct);
        await log.RecordAsync(attempt with
        {
            Outcome = result.Delivered ? WebhookDeliveryOutcome.Delivered : WebhookDeliveryOutcome.Failed,
            StatusCode = result.StatusCode, Error = result.Error, DurationMs = (long)result.Duration.TotalMilliseconds,
        }, CancellationToken.None);
        if (!result.Delivered) throw new WebhookDeliveryException(target.Url, result);
    }
}
