namespace OrchardCommerce.Commerce.Api;

/// <summary>The body of PUT /api/commerce/variants/{sku}/prices: the variant's full price list (missing currencies are removed).</summary>
/// <param name="Prices">Currency (ISO 4217) → amount in minor units.</param>
public sealed record CatalogPricesRequest(IReadOnlyDictionary<string, long> Prices);
