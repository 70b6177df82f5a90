using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrchardCommerce.Workflows.Client;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Orders;

/// <summary>
/// Hands a payment's verdict to the order's process as the payment-confirmed message (buffered, so a verdict that
/// arrives before the process waits for it is not lost). Payments approved at once also produce one; no process
/// waits for it and it expires.
/// </summary>
public sealed class PaymentVerdictHandler(CamundaClient camunda, IOptions<OrderWorkflowOptions> options) : IJobHandler<PaymentVerdict>
{
    public async Task HandleAsync(PaymentVerdict payload, JobContext context, CancellationToken ct)
    {
        try
        {
            await camunda.PublishMessageAsync(new PublishMessageRequest
            {
                Name = OrderMessages.PaymentConfirmed,
                CorrelationKey = OrderMessages.CorrelationKey(payload.Tenant, payload.OrderId),
                MessageId = $"{payload.PaymentId}:{payload.Status}",
                TimeToLive = options.Value.PaymentMessageTimeToLive,
                Variables = new JsonObject { ["paymentStatus"] = payload.Status },
            }, ct);
        }
        catch (CamundaConflictException)
        {
            // Already published and still buffered.
        }
    }
}
