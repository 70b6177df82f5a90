namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// An order's payment as stored and as the API shows it. Status: requires_confirmation, confirmed, failed, refunded
/// or partially_refunded (pending only inside the unit of work that charges it).
/// </summary>
public sealed class Payment
{
    private DateTime _createdUtc;
    private DateTime _updatedUtc;

    public string Id { get; set; } = "";
    public string OrderId { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Status { get; set; } = "";
    public long Amount { get; set; }
    public long RefundedAmount { get; set; }
    public string Currency { get; set; } = "";
    public string? ProviderReference { get; set; }
    public string? FailureReason { get; set; }
    public long Version { get; set; }

    // SQLite hands back ISO text without a kind; the column is UTC by convention.
    public DateTime CreatedUtc { get => _createdUtc; set => _createdUtc = DateTime.SpecifyKind(value, DateTimeKind.Utc); }
    public DateTime UpdatedUtc { get => _updatedUtc; set => _updatedUtc = DateTime.SpecifyKind(value, DateTimeKind.Utc); }

    public long Refundable => Status is PaymentStatuses.Confirmed or PaymentStatuses.PartiallyRefunded ? Amount - RefundedAmount : 0;
}
