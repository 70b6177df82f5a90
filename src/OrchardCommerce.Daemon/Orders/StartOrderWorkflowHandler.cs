using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Daemon.Orders;

/// <summary>
/// Starts order-fulfillment by publishing order-placed to its message start event. Never two instances per order: a
/// job run again leaves alone an order that already records a process instance, and the message id (tenant:order)
/// makes the engine refuse a second message while the first is buffered; a message start event also refuses a second
/// instance for a correlation key whose instance is still active.
/// </summary>
public sealed class StartOrderWorkflowHandler(TenantDirectory tenants, CmsClient cms, CamundaClient camunda, BpmnDeployer deployer,
    IOptions<OrderWorkflowOptions> options, TimeProvider clock) : IJobHandler<StartOrderWorkflow>
{
    public async Task HandleAsync(StartOrderWorkflow payload, JobContext context, CancellationToken ct)
    {
        // Orders placed while the daemon was down are read at start, maybe before bpmn/ is deployed; a start message
        // published before its process exists would start nothing.
        await deployer.Deployed.WaitAsync(ct);
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        var (total, currency) = (payload.Total?.DeepClone(), (JsonNode?)payload.Currency);
        // A first run soon after checkout trusts order.placed: should it be a twin, the message id refuses it while
        // the first message is buffered. A retry, or a run later than half that time to live (a dead letter replayed
        // days later starts again at attempt 1), asks the order whether its workflow started.
        var recent = payload.PlacedUtc is { } placed && clock.GetUtcNow().UtcDateTime - placed < options.Value.StartMessageTimeToLive / 2;
        if (context.Attempt > 1 || !recent || total is null || currency is null)
        {
            var order = await cms.GetAsync(tenant, $"api/commerce/orders/{Uri.EscapeDataString(payload.OrderId)}", ct);
            if (order["processInstanceKey"] is not null) return;
            (total, currency) = (order["total"]?.DeepClone(), order["currency"]?.DeepClone());
        }
        var key = OrderMessages.CorrelationKey(tenant.Name, payload.OrderId);
        var variables = new JsonObject
        {
            ["tenant"] = tenant.Name, ["orderId"] = payload.OrderId, ["total"] = total, ["currency"] = currency,
        };
        if (options.Value.PaymentTimeout is { Length: > 0 } timeout) variables["paymentTimeout"] = timeout;
        try
        {
            await camunda.PublishMessageAsync(new PublishMessageRequest
            {
                Name = OrderMessages.OrderPlaced, CorrelationKey = key, MessageId = key,
                TimeToLive = options.Value.StartMessageTimeToLive,
                Variables = variables,
            }, ct);
        }
        catch (CamundaConflictException)
        {
            // The same message is still buffered: this order's start is already on its way.
        }
    }
}
