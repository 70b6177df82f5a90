namespace OrchardCommerce.Commerce.Api;

/// <summary>POST and PATCH of a cart line (PATCH reads only the quantity).</summary>
public sealed record StoreCartLineRequest(string? Sku, long? Quantity);
