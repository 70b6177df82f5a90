namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Input that clashes with stored data (a handle or SKU already taken); answered with 409.</summary>
public sealed class CatalogConflictException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}
