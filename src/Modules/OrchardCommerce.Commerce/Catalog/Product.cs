namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A product's public JSON: what the admin API returns and what its change-feed events carry.</summary>
public sealed record Product(string Id, string Handle, string Title, string? Description, string Status, long Version,
    DateTime CreatedUtc, DateTime UpdatedUtc, IReadOnlyList<ProductOption> Options, IReadOnlyList<ProductVariant> Variants,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Collections);
