namespace OrchardCommerce.Commerce.Payments;

/// <summary>The payment statuses, shared with the order's payment_status.</summary>
public static class PaymentStatuses
{
    /// <summary>Claimed but not yet charged; only ever seen inside the unit of work that charges it.</summary>
    public const string Pending = "pending";
    public const string RequiresConfirmation = "requires_confirmation";
    public const string Confirmed = "confirmed";
    public const string Failed = "failed";
    public const string Refunded = "refunded";
    public const string PartiallyRefunded = "partially_refunded";
}
