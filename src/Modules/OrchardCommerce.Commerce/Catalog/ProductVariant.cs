namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A stored variant; <see cref="Version"/> is the aggregate version its price.changed events carry.</summary>
public sealed record ProductVariant(string Id, string Sku, string Title, IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, long> Prices, long Version);
