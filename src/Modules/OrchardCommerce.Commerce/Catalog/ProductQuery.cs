namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// A product listing: cursor paging (<see cref="First"/> after the id <see cref="After"/>) or, when
/// <see cref="Page"/> is set, page numbers. Filters combine with AND.
/// </summary>
/// <param name="Search">Case-insensitive substring of the title, the handle or any variant's SKU.</param>
/// <param name="Category">A category handle.</param>
/// <param name="Collection">A collection handle.</param>
public sealed record ProductQuery(string? Search = null, string? Status = null, string? Category = null,
    string? Collection = null, int First = 20, string? After = null, int? Page = null);
