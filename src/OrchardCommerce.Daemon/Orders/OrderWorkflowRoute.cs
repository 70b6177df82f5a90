using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Orders;

/// <summary>
/// order.placed starts the order's workflow; an asynchronous payment's verdict becomes its payment message. A payment
/// decided at once (version 1: claimed and charged in one unit of work) is already in the verify-payment job's answer,
/// so its event publishes nothing; a verdict that came later (version 2 and up, by webhook) is what the process waits for.
/// </summary>
public sealed class OrderWorkflowRoute : IFeedRoute
{
    public const string StartJob = "workflows.start-order";
    public const string VerdictJob = "workflows.payment-verdict";

    public IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent)
    {
        switch (feedEvent.Type)
        {
            case "order.placed":
                var order = feedEvent.Data;
                var start = order.ValueKind == JsonValueKind.Object && order.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number
                    && order.TryGetProperty("currency", out var currency) && currency.ValueKind == JsonValueKind.String
                    ? new StartOrderWorkflow(tenant.Name, feedEvent.AggregateId, JsonNode.Parse(total.GetRawText()), currency.GetString(), feedEvent.OccurredUtc)
                    : new StartOrderWorkflow(tenant.Name, feedEvent.AggregateId);
                yield return new FeedJob(StartJob, JsonSerializer.SerializeToNode(start, JsonSerializerOptions.Web)!);
                break;
            case "payment.confirmed" or "payment.failed" when feedEvent.AggregateVersion > 1:
                var data = feedEvent.Data;
                yield return new FeedJob(VerdictJob, JsonSerializer.SerializeToNode(new PaymentVerdict(tenant.Name,
                    data.GetProperty("orderId").GetString()!, feedEvent.AggregateId,
                    feedEvent.Type == "payment.confirmed" ? "confirmed" : "failed"), JsonSerializerOptions.Web)!);
                break;
        }
    }
}
