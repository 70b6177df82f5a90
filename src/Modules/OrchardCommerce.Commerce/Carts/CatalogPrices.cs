using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>
/// What carts and checkout need from the catalog, read straight from its tables: a sellable variant (its product
/// active) and its price in one currency.
/// </summary>
public sealed class CatalogPrices(DbSession session, SellableVariantCache cache)
{
    /// <summary>The variant with that SKU, or null when there is none or its product is not active.</summary>
    public async Task<SellableVariant?> FindAsync(string sku, string currency, CancellationToken cancellationToken = default) =>
        (await QueryAsync("v.sku = @sku", new { sku, currency }, cancellationToken)).SingleOrDefault()?.ToVariant();

    /// <summary>The sellable variants among <paramref name="variantIds"/>, by id, with their price in the currency.</summary>
    public async Task<Dictionary<string, SellableVariant>> GetAsync(IEnumerable<string> variantIds, string currency,
        CancellationToken cancellationToken = default)
    {
        var ids = variantIds.Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, SellableVariant>(StringComparer.Ordinal);
        // Dapper hands Npgsql the list as one array parameter, and expands it into a list for SQLite.
        return (await QueryAsync(session.Dialect.In("v.id", "ids"), new { ids, currency }, cancellationToken))
            .ToDictionary(v => v.VariantId, v => v.ToVariant(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The sellable variants among <paramref name="skus"/> with their price in the currency. With
    /// <paramref name="fromCache"/>, when the tenant's cache knows every SKU with a price, nothing is read and the quote
    /// is <see cref="CatalogQuote.Cached"/>; otherwise the catalog is read and the cache learns what it found.
    /// </summary>
    public async Task<CatalogQuote> QuoteBySkuAsync(IReadOnlyCollection<string> skus, string currency, bool fromCache,
        CancellationToken cancellationToken = default)
    {
        var list = skus.Distinct(StringComparer.Ordinal).ToArray();
        if (fromCache && list.Length > 0)
        {
            var cached = new List<CatalogRow>(list.Length);
            foreach (var sku in list)
                if (cache.TryGet(sku, currency, out var row) && row.Amount is not null) cached.Add(row);
            if (cached.Count == list.Length) return new CatalogQuote(cached, currency, cached: true);
        }
        var rows = list.Length == 0 ? []
            : (await QueryAsync(session.Dialect.In("v.sku", "skus"), new { skus = list, currency }, cancellationToken)).ToList();
        foreach (var row in rows) cache.Set(row, currency);
        return new CatalogQuote(rows, currency, cached: false);
    }

    private async Task<IEnumerable<CatalogRow>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QueryAsync<CatalogRow>($"""
            SELECT v.id AS VariantId, v.sku AS Sku, p.title AS ProductTitle, v.title AS VariantTitle, pr.amount AS Amount
            FROM commerce_variants v
            JOIN commerce_products p ON p.id = v.product_id AND p.status = 'active'
            LEFT JOIN commerce_variant_prices pr ON pr.variant_id = v.id AND pr.currency = @currency
            WHERE {where}
            """, parameters, session.Transaction);
    }
}

/// <param name="Price">In the asked currency's minor units; null when the variant has no price in it.</param>
public sealed record SellableVariant(string VariantId, string Sku, string Title, long? Price);
