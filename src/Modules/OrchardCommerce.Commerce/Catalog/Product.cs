namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A product's public JSON: what the admin API returns and what its change-feed events carry.</summary>
/// <param name="SeoTitle">Owned by the ProductContent item, like SeoDescription and Media: set by PUT …/content.</param>
/// <param name="Media">Media paths ("products/x.svg"), in the content item's order.</param>
/// <param name="ContentVersion">The content item's version last applied; 0 when none has been.</param>
public sealed record Product(string Id, string Handle, string Title, string? Description, string? SeoTitle, string? SeoDescription,
    IReadOnlyList<string> Media, long ContentVersion, string Status, long Version,
    DateTime CreatedUtc, DateTime UpdatedUtc, IReadOnlyList<ProductOption> Options, IReadOnlyList<ProductVariant> Variants,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Collections);
