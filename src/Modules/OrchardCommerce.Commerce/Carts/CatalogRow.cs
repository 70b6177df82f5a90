namespace OrchardCommerce.Commerce.Carts;

/// <summary>What the catalog read returns for one variant.</summary>
internal sealed class CatalogRow
{
    public string VariantId { get; set; } = "";
    public string Sku { get; set; } = "";
    public string ProductTitle { get; set; } = "";
    public string? VariantTitle { get; set; }
    public long? Amount { get; set; }

    public SellableVariant ToVariant() => new(VariantId, Sku,
        string.IsNullOrEmpty(VariantTitle) || VariantTitle == ProductTitle ? ProductTitle : $"{ProductTitle} – {VariantTitle}", Amount);
}
