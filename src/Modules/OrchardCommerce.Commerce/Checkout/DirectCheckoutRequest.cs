namespace OrchardCommerce.Commerce.Checkout;

/// <summary>
/// A one-request checkout ("buy now", an app that keeps its cart itself): the lines come with the checkout body, and
/// the cart is created already checked out. Nullable throughout so that missing fields are reported by name.
/// </summary>
public sealed record DirectCheckoutRequest(string? Currency, IReadOnlyList<DirectCheckoutLine?>? Lines, string? Email,
    CheckoutAddress? ShippingAddress, CheckoutAddress? BillingAddress, CheckoutPayment? Payment)
{
    public CheckoutRequest Checkout => new(Email, ShippingAddress, BillingAddress, Payment);
}

public sealed record DirectCheckoutLine(string? Sku, long? Quantity);
