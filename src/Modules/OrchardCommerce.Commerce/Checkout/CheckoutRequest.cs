namespace OrchardCommerce.Commerce.Checkout;

/// <summary>The checkout body; everything nullable so that missing fields are reported by name, not by the JSON reader.</summary>
/// <param name="BillingAddress">Null: bill to the shipping address.</param>
public sealed record CheckoutRequest(string? Email, CheckoutAddress? ShippingAddress, CheckoutAddress? BillingAddress, CheckoutPayment? Payment);
