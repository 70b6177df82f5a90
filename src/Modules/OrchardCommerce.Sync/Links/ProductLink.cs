namespace OrchardCommerce.Sync.Links;

/// <summary>A commerce product and the ProductContent item that mirrors it.</summary>
/// <param name="CommerceVersion">The product version last mirrored: a write with an older one is stale.</param>
/// <param name="Archived">The product was deleted; its item was taken off the site, not destroyed.</param>
/// <param name="StockVersion">The stock version last mirrored with <paramref name="CommerceVersion"/>.</param>
public sealed record ProductLink(string ProductId, string ContentItemId, long CommerceVersion, bool Archived, DateTime UpdatedUtc,
    long StockVersion = 0);
