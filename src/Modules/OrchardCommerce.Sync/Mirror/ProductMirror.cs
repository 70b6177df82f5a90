namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// The commerce-owned fields of a product as its ProductContent item shows them (read-only there): what the daemon
/// sends after reading the product from the commerce API.
/// </summary>
/// <param name="Version">The commerce product's version these values are from; an older one than the last applied is dropped.</param>
/// <param name="Price">The first variant's price in major units (19.99), or null when it has none.</param>
/// <param name="StockVersion">The sum of the product's variants' stock versions: stock changes without a new product version,
/// so among writes of one product version, one with an older stock version is stale.</param>
/// <param name="Stock">Units available over every variant and location; null leaves the field alone.</param>
/// <param name="Availability">in_stock, out_of_stock, or the product's status when it is not for sale (draft, archived).</param>
public sealed record ProductMirror(long Version, string Handle, string Title, string? Sku, decimal? Price,
    long StockVersion = 0, long? Stock = null, string? Availability = null)
{
    /// <summary>Whether this write is older than what the link last applied.</summary>
    public bool IsOlderThan(long version, long stockVersion) => Version < version || Version == version && StockVersion < stockVersion;
}
