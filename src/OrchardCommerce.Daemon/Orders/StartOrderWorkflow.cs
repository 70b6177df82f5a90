using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Orders;

/// <summary>
/// Job payload: start order-fulfillment for an order placed in a tenant. <see cref="Total"/>, <see cref="Currency"/>
/// and <see cref="PlacedUtc"/> are as order.placed carried them (null in jobs enqueued before they were).
/// </summary>
public sealed record StartOrderWorkflow(string Tenant, string OrderId, JsonNode? Total = null, string? Currency = null,
    DateTime? PlacedUtc = null);
