namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// An order's public JSON: what the APIs answer and what its events carry. Secrets (the order token, the payment
/// token) are not part of it.
/// </summary>
public sealed class OrderView
{
    public required string Id { get; init; }
    public required string Email { get; init; }
    public required string Currency { get; init; }
    public required string Status { get; init; }
    public required string PaymentStatus { get; init; }
    public required string FulfillmentStatus { get; init; }
    public long Subtotal { get; init; }
    public long Tax { get; init; }
    public long Shipping { get; init; }
    public long Total { get; init; }
    public required string PaymentProvider { get; init; }
    public string? PaymentId { get; init; }
    public long RefundedTotal { get; init; }
    public string? ProcessInstanceKey { get; init; }
    public string? CurrentStep { get; init; }
    public long Version { get; init; }
    public DateTime PlacedUtc { get; init; }
    public DateTime UpdatedUtc { get; init; }
    public IReadOnlyList<OrderLineView> Lines { get; init; } = [];
    public OrderAddress? ShippingAddress { get; init; }
    public OrderAddress? BillingAddress { get; init; }
    /// <summary>Only in the admin API's single-order answer.</summary>
    public IReadOnlyList<OrderHistoryEntry>? History { get; init; }
}
