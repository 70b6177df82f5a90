namespace OrchardCommerce.Commerce.Api;

/// <summary>PUT /api/commerce/inventory/{sku}/{locationHandle}: the counted stock at that location.</summary>
public sealed record InventorySetRequest(long? OnHand);
