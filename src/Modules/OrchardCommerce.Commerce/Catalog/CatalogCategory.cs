namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A node of the category tree; <see cref="Parent"/> is the parent's handle, null at the root.</summary>
public sealed record CatalogCategory(string Id, string Handle, string Title, string? Parent, int Position);
