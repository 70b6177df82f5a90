using System.Text;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>Sellable variants by SKU in one currency, read now or taken from <see cref="SellableVariantCache"/>.</summary>
public sealed class CatalogQuote
{
    private readonly IReadOnlyList<CatalogRow> _rows;
    private readonly string _currency;

    internal CatalogQuote(IReadOnlyList<CatalogRow> rows, string currency, bool cached)
    {
        _rows = rows;
        _currency = currency;
        Cached = cached;
        BySku = rows.ToDictionary(r => r.Sku, r => r.ToVariant(), StringComparer.Ordinal);
    }

    public Dictionary<string, SellableVariant> BySku { get; }

    /// <summary>True when nothing was read: the variants must be proven current (<see cref="StillCurrentSql"/>).</summary>
    public bool Cached { get; }

    /// <summary>
    /// A SQL condition, true while every quoted variant still has its SKU, an active product, the same titles and the
    /// same price; its parameters go into <paramref name="parameters"/>.
    /// </summary>
    public string StillCurrentSql(SqlParameters parameters)
    {
        var match = new StringBuilder();
        parameters.Add("quoteCurrency", _currency);
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            if (i > 0) match.Append(" OR ");
            match.Append($"(v.id = @quoteVariant{i} AND v.sku = @quoteSku{i} AND pr.amount = @quoteAmount{i} AND p.title = @quoteProduct{i} AND COALESCE(v.title, '') = @quoteTitle{i})");
            parameters.Add($"quoteVariant{i}", row.VariantId).Add($"quoteSku{i}", row.Sku).Add($"quoteAmount{i}", row.Amount)
                .Add($"quoteProduct{i}", row.ProductTitle).Add($"quoteTitle{i}", row.VariantTitle ?? "");
        }
        return $"""
            (SELECT COUNT(*) FROM commerce_variants v
             JOIN commerce_products p ON p.id = v.product_id AND p.status = 'active'
             JOIN commerce_variant_prices pr ON pr.variant_id = v.id AND pr.currency = @quoteCurrency
             WHERE {match}) = {_rows.Count}
            """;
    }
}
