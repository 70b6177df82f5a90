namespace OrchardCommerce.Commerce.Orders;

/// <summary>An order's row as stored, secrets included; <see cref="ToView"/> gives its public JSON.</summary>
public sealed class OrderRow
{
    public string Id { get; set; } = "";
    public string Token { get; set; } = "";
    public string Email { get; set; } = "";
    public string Currency { get; set; } = "";
    public string Status { get; set; } = "";
    public string PaymentStatus { get; set; } = "";
    public string FulfillmentStatus { get; set; } = "";
    public long Subtotal { get; set; }
    public long Tax { get; set; }
    public long Shipping { get; set; }
    public long Total { get; set; }
    public string PaymentProvider { get; set; } = "";
    public string PaymentToken { get; set; } = "";
    public string? PaymentId { get; set; }
    public long RefundedTotal { get; set; }
    public string? ProcessInstanceKey { get; set; }
    public string? CurrentStep { get; set; }
    public long Version { get; set; }
    public DateTime PlacedUtc { get => field; set => field = DateTime.SpecifyKind(value, DateTimeKind.Utc); }
    public DateTime UpdatedUtc { get => field; set => field = DateTime.SpecifyKind(value, DateTimeKind.Utc); }

    public OrderView ToView(IReadOnlyList<OrderLineView> lines, OrderAddress? shipping, OrderAddress? billing,
        IReadOnlyList<OrderHistoryEntry>? history) => new()
    {
        Id = Id, Email = Email, Currency = Currency, Status = Status, PaymentStatus = PaymentStatus,
        FulfillmentStatus = FulfillmentStatus, Subtotal = Subtotal, Tax = Tax, Shipping = Shipping, Total = Total,
        PaymentProvider = PaymentProvider, PaymentId = PaymentId, RefundedTotal = RefundedTotal,
        ProcessInstanceKey = ProcessInstanceKey, CurrentStep = CurrentStep, Version = Version, PlacedUtc = PlacedUtc,
        UpdatedUtc = UpdatedUtc, Lines = lines, ShippingAddress = shipping, BillingAddress = billing, History = history,
    };
}
