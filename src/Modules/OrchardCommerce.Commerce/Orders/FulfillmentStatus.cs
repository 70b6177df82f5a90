namespace OrchardCommerce.Commerce.Orders;

/// <summary>Whether the goods left the warehouse; independent of <see cref="OrderStatus"/>.</summary>
public static class FulfillmentStatus
{
    public const string Unfulfilled = "unfulfilled";
    public const string Fulfilled = "fulfilled";
}
