namespace OrchardCommerce.Commerce.Orders;

/// <summary>The money side of an order, kept apart from <see cref="OrderStatus"/> because refunds follow completion.</summary>
public static class PaymentStatus
{
    public const string Pending = "pending";
    public const string RequiresConfirmation = "requires_confirmation";
    public const string Confirmed = "confirmed";
    public const string Failed = "failed";
    public const string Refunded = "refunded";
    public const string PartiallyRefunded = "partially_refunded";
}
