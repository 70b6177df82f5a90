namespace OrchardCommerce.Daemon.Orders;

/// <summary>The message names bpmn/order-fulfillment.bpmn waits for, and the correlation key both sides build.</summary>
public static class OrderMessages
{
    public const string OrderPlaced = "order-placed";
    public const string PaymentConfirmed = "payment-confirmed";

    /// <summary>Order ids are unique per tenant only; the process key is "tenant:orderId" (FEEL: tenant + ":" + orderId).</summary>
    public static string CorrelationKey(string tenant, string orderId) => tenant + ":" + orderId;
}
