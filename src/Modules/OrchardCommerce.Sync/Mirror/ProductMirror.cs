namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// The commerce-owned fields of a product as its ProductContent item shows them (read-only there): what the daemon
/// sends after reading the product from the commerce API.
/// </summary>
/// <param name="Version">The commerce product's version these values are from; an older one than the last applied is dropped.</param>
/// <param name="Price">The first variant's price in major units (19.99), or null when it has none.</param>
public sealed record ProductMirror(long Version, string Handle, string Title, string? Sku, decimal? Price);
