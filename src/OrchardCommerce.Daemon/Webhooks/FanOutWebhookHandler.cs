using System.Text.Json;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// One event → one delivery job per active subscription whose patterns match its type. The idempotency key
/// (tenant, event, subscription) makes a rerun of this job, after a crash halfway, enqueue only what is missing.
/// </summary>
public sealed class FanOutWebhookHandler(WebhookSubscriptionCache subscriptions, IJobClient jobs) : IJobHandler<WebhookEvent>
{
    public async Task HandleAsync(WebhookEvent payload, JobContext context, CancellationToken ct)
    {
        var targets = await subscriptions.GetAsync(payload.Tenant, ct);
        foreach (var target in targets.Where(t => t.Active && WebhookEventMatcher.MatchesAny(t.Events, payload.Type)))
        {
            var delivery = new DeliverWebhook(payload.Tenant, target.Id, payload);
            await jobs.EnqueueAsync(WebhookRoute.DeliverJob, JsonSerializer.SerializeToNode(delivery, JsonSerializerOptions.Web),
                new JobOptions(IdempotencyKey: DeliverWebhook.Key(payload.Tenant, payload.Id, target.Id)), ct);
        }
    }
}
