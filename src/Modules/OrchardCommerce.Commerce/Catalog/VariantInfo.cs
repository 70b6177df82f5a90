namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A variant with what checkout needs of its product: is it for sale, what it is called, what it costs.</summary>
public sealed record VariantInfo(string VariantId, string Sku, string Title, string ProductId, string ProductHandle,
    string ProductTitle, string ProductStatus, IReadOnlyDictionary<string, long> Prices)
{
    public bool IsForSale => ProductStatus == Catalog.ProductStatus.Active;

    /// <summary>The price in <paramref name="currency"/>'s minor units, or null when the variant has none in it.</summary>
    public long? PriceIn(string currency) => Prices.TryGetValue(currency, out var amount) ? amount : null;
}
