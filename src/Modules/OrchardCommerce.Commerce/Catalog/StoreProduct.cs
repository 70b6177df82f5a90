namespace OrchardCommerce.Commerce.Catalog;

/// <summary>An active product as the store shows it: no internal ids or versions, with availability per variant.</summary>
/// <param name="Media">Media paths ("products/x.svg") synced from the product's content item.</param>
public sealed record StoreProduct(string Handle, string Title, string? Description, string? SeoTitle, string? SeoDescription,
    IReadOnlyList<string> Media, IReadOnlyList<ProductOption> Options, IReadOnlyList<StoreVariant> Variants,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Collections);
