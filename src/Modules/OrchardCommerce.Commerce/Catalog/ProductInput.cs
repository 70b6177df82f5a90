namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Every editable field of a product; an update replaces all of them (variants matched by SKU).</summary>
/// <param name="Categories">Category handles.</param>
/// <param name="Collections">Collection handles.</param>
public sealed record ProductInput(string Handle, string Title, string? Description, string Status,
    IReadOnlyList<ProductOption> Options, IReadOnlyList<VariantInput> Variants,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Collections);
