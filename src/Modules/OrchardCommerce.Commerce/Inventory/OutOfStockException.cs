namespace OrchardCommerce.Commerce.Inventory;

/// <summary>Not enough available stock at any one location for <see cref="Sku"/>; the API answers 409.</summary>
public sealed class OutOfStockException(string sku, long requested)
    : Exception($"Not enough stock for SKU '{sku}': {requested} requested.")
{
    public string Sku { get; } = sku;
    public long Requested { get; } = requested;
}
