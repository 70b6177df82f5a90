namespace OrchardCommerce.Commerce.Orders;

/// <param name="Field">status, payment_status, fulfillment_status, or notification (a message sent to the customer).</param>
/// <param name="From">Null for the entry that records the order's placement.</param>
public sealed record OrderHistoryEntry(string Field, string? From, string To, string Reason, string Actor, DateTime OccurredUtc);
