namespace OrchardCommerce.Commerce.Outbox;

/// <summary>
/// The change feed's event types: past tense, "aggregate.what_happened". Consumers (the daemon, webhooks) match
/// on these strings, so they are a public contract: add new ones, never rename.
/// </summary>
public static class CommerceEvents
{
    public const string ProductCreated = "product.created";
    public const string ProductUpdated = "product.updated";
    public const string ProductDeleted = "product.deleted";
    public const string PriceChanged = "price.changed";
    public const string StockChanged = "stock.changed";
    public const string OrderPlaced = "order.placed";
    public const string OrderStatusChanged = "order.status_changed";
    public const string PaymentConfirmed = "payment.confirmed";
    public const string PaymentFailed = "payment.failed";
    public const string PaymentRefunded = "payment.refunded";
    public const string StoreUpdated = "store.updated";
}
