namespace OrchardCommerce.Commerce.Api;

/// <summary>POST /api/store/carts.</summary>
public sealed record StoreCartRequest(string? Currency, string? Email);
