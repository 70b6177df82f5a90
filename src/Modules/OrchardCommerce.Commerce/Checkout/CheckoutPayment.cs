namespace OrchardCommerce.Commerce.Checkout;

/// <param name="Provider">A payment provider's name ("test" for the built-in one).</param>
/// <param name="Token">The provider's token for the payment method; the test provider's outcome depends on it.</param>
public sealed record CheckoutPayment(string? Provider, string? Token);
