namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A product's lifecycle: only active products are shown and sold in the store.</summary>
public static class ProductStatus
{
    public const string Draft = "draft";
    public const string Active = "active";
    public const string Archived = "archived";

    public static bool IsValid(string? status) => status is Draft or Active or Archived;
}
