using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>
/// What carts and checkout need from the catalog, read straight from its tables: a sellable variant (its product
/// active) and its price in one currency.
/// </summary>
public sealed class CatalogPrices(DbSession session)
{
    /// <summary>The variant with that SKU, or null when there is none or its product is not active.</summary>
    public async Task<SellableVariant?> FindAsync(string sku, string currency, CancellationToken cancellationToken = default) =>
        (await QueryAsync("v.sku = @sku", new { sku, currency }, cancellationToken)).SingleOrDefault();

    /// <summary>The sellable variants among <paramref name="variantIds"/>, by id, with their price in the currency.</summary>
    public async Task<Dictionary<string, SellableVariant>> GetAsync(IEnumerable<string> variantIds, string currency,
        CancellationToken cancellationToken = default)
    {
        var ids = variantIds.Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, SellableVariant>(StringComparer.Ordinal);
        // Dapper hands Npgsql the list as one array parameter, and expands it into a list for SQLite.
        return (await QueryAsync(session.Dialect.In("v.id", "ids"), new { ids, currency }, cancellationToken))
            .ToDictionary(v => v.VariantId, StringComparer.Ordinal);
    }

    /// <summary>The sellable variants among <paramref name="skus"/>, by SKU, with their price in the currency.</summary>
    public async Task<Dictionary<string, SellableVariant>> GetBySkuAsync(IEnumerable<string> skus, string currency,
        CancellationToken cancellationToken = default)
    {
        var list = skus.Distinct().ToArray();
        if (list.Length == 0) return new Dictionary<string, SellableVariant>(StringComparer.Ordinal);
        return (await QueryAsync(session.Dialect.In("v.sku", "skus"), new { skus = list, currency }, cancellationToken))
            .ToDictionary(v => v.Sku, StringComparer.Ordinal);
    }

    private async Task<IEnumerable<SellableVariant>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"""
            SELECT v.id AS VariantId, v.sku AS Sku, p.title AS ProductTitle, v.title AS VariantTitle, pr.amount AS Amount
            FROM commerce_variants v
            JOIN commerce_products p ON p.id = v.product_id AND p.status = 'active'
            LEFT JOIN commerce_variant_prices pr ON pr.variant_id = v.id AND pr.currency = @currency
            WHERE {where}
            """, parameters, session.Transaction);
        return rows.Select(r => new SellableVariant(r.VariantId, r.Sku,
            string.IsNullOrEmpty(r.VariantTitle) || r.VariantTitle == r.ProductTitle ? r.ProductTitle : $"{r.ProductTitle} – {r.VariantTitle}",
            r.Amount));
    }

    private sealed class Row
    {
        public string VariantId { get; set; } = "";
        public string Sku { get; set; } = "";
        public string ProductTitle { get; set; } = "";
        public string VariantTitle { get; set; } = "";
        public long? Amount { get; set; }
    }
}

/// <param name="Price">In the asked currency's minor units; null when the variant has no price in it.</param>
public sealed record SellableVariant(string VariantId, string Sku, string Title, long? Price);
