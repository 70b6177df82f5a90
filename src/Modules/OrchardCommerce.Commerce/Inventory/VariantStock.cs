namespace OrchardCommerce.Commerce.Inventory;

/// <summary>
/// A variant's stock over all its locations: the stock.changed payload. <see cref="Version"/> is the sum of the
/// levels' versions, which grows by one with every change to any of them, so it orders the variant's stock events.
/// </summary>
public sealed record VariantStock(string VariantId, string Sku, long OnHand, long Reserved, long Available, long Version,
    IReadOnlyList<StockLevel> Locations);
