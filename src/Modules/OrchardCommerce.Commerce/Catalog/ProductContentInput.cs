namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// The fields of a product that its ProductContent item owns, as the sync daemon sends them after a publish. Every
/// field is replaced; null clears it.
/// </summary>
/// <param name="ContentVersion">The content item's version these fields come from; 1 or more.</param>
/// <param name="Description">Markdown.</param>
/// <param name="Media">Relative media paths ("products/x.svg"), in display order.</param>
public sealed record ProductContentInput(long ContentVersion, string? Description, string? SeoTitle, string? SeoDescription,
    IReadOnlyList<string> Media);
