namespace OrchardCommerce.Daemon.Orders;

/// <summary>Job payload: a payment's final status, to be handed to the order's waiting process.</summary>
public sealed record PaymentVerdict(string Tenant, string OrderId, string PaymentId, string Status);
