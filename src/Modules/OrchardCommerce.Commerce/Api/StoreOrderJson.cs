using OrchardCommerce.Commerce.Orders;

namespace OrchardCommerce.Commerce.Api;

/// <summary>Checkout's answer: the order and the secret token that looks it up later.</summary>
public sealed record StoreOrderJson(string OrderToken, OrderView Order)
{
    public static StoreOrderJson From(OrderView order, string token) => new(token, order);
}
