namespace OrchardCommerce.Commerce.Checkout;

/// <summary>A postal address as the store sends it; see <see cref="CheckoutValidator"/>.</summary>
public sealed record CheckoutAddress(string? Name, string? Line1, string? Line2, string? City, string? PostalCode, string? Country);
