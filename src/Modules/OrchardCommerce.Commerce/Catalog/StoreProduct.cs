namespace OrchardCommerce.Commerce.Catalog;

/// <summary>An active product as the store shows it: no internal ids or versions, with availability per variant.</summary>
public sealed record StoreProduct(string Handle, string Title, string? Description, IReadOnlyList<ProductOption> Options,
    IReadOnlyList<StoreVariant> Variants, IReadOnlyList<string> Categories, IReadOnlyList<string> Collections);
