namespace OrchardCommerce.Daemon.Orders;

/// <summary>Job payload: start order-fulfillment for an order placed in a tenant.</summary>
public sealed record StartOrderWorkflow(string Tenant, string OrderId);
