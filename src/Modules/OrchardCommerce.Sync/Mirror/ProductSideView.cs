using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// A product's mirror as the content side holds it: the link, and the commerce-owned values its item's latest and
/// published versions show. Reconciliation compares these with the product the commerce API returns.
/// </summary>
public sealed record ProductSideView(string ProductId, ProductLink? Link, string? ContentItemId, MirroredValues? Latest, MirroredValues? Published);

public sealed record MirroredValues(string? Handle, string? Sku, decimal? Price, long? Stock, string? Availability, ContentOwnedFields Owned);
