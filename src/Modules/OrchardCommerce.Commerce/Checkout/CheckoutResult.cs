using OrchardCommerce.Commerce.Orders;

namespace OrchardCommerce.Commerce.Checkout;

/// <param name="Created">False when an earlier request with the same idempotency key placed the order.</param>
public sealed record CheckoutResult(OrderView Order, string OrderToken, bool Created);
