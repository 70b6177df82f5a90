namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// An order's lifecycle: pending → payment_verified → inventory_reserved → completed, with cancelled (before
/// completion) and failed (before inventory is reserved) as the other ends. Only <see cref="OrderStateMachine"/> writes it.
/// </summary>
public static class OrderStatus
{
    /// <summary>Placed: stock is held by active reservations, payment not yet captured.</summary>
    public const string Pending = "pending";
    /// <summary>The payment is captured.</summary>
    public const string PaymentVerified = "payment_verified";
    /// <summary>The held stock is committed (taken off on hand).</summary>
    public const string InventoryReserved = "inventory_reserved";
    public const string Completed = "completed";
    /// <summary>Stopped by ops or a workflow; held stock released, committed stock restocked.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>Could not go on (payment declined); held stock released.</summary>
    public const string Failed = "failed";
}
