namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A hand-picked group of products ("Summer sale"), independent of the category tree.</summary>
public sealed record CatalogCollection(string Id, string Handle, string Title);
