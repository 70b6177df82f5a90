using System.Globalization;

namespace OrchardCommerce.GraphQL.Api.Data.Versions;

/// <summary>
/// Where a tenant's storefront data stands: equal values mean nothing a storefront query can read has changed in
/// between, so a cached response keyed on it is still right. Compare whole values; the parts only say why it moved.
/// </summary>
/// <param name="Definitions">Bumps when a content type or part definition is saved: the schema must be rebuilt.</param>
/// <param name="Content">Contents' generation: bumps on every content write (drafts too, which only costs a cache miss).</param>
/// <param name="Taxonomy">Bumps when a category or collection is written (Commerce writes no event for those).</param>
/// <param name="FeedPosition">The commerce outbox's last positioned event: products, prices and stock all append one.</param>
/// <param name="FeedPending">PostgreSQL events committed but not positioned yet; with the position, it sees every new event.</param>
public readonly record struct StorefrontVersion(long Definitions, long Content, long Taxonomy, long FeedPosition, long FeedPending)
{
    /// <summary>A compact stable form, for cache keys and ETags.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"d{Definitions}.c{Content}.t{Taxonomy}.f{FeedPosition}.{FeedPending}");
}
