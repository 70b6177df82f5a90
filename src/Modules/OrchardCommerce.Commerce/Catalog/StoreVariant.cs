namespace OrchardCommerce.Commerce.Catalog;

/// <param name="Available">On hand minus reserved, summed over every location.</param>
public sealed record StoreVariant(string Sku, string Title, IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, long> Prices, long Available);
