namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A variant as written by the admin API or a recipe; matched to stored variants by SKU.</summary>
/// <param name="Title">Null or empty: the option values joined with " / ", or "Default" without options.</param>
/// <param name="Prices">Currency (ISO 4217, upper case) → amount in the currency's minor units.</param>
public sealed record VariantInput(string Sku, string? Title, IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, long> Prices);
