namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A stored variant; <see cref="Version"/> is the aggregate version its price.changed events carry.</summary>
/// <param name="Available">Units that can be sold now, over every location (on hand less reserved).</param>
/// <param name="StockVersion">The version its stock.changed events carry (the sum of its level versions).</param>
public sealed record ProductVariant(string Id, string Sku, string Title, IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, long> Prices, long Version, long Available, long StockVersion);
