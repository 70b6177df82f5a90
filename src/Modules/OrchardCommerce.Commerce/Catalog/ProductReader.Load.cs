using System.Text.Json;
using Dapper;

namespace OrchardCommerce.Commerce.Catalog;

public sealed partial class ProductReader
{
    // One query per child table for a whole page of products, not one per product.
    private async Task<IReadOnlyList<Product>> LoadAsync(List<ProductRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var connection = await session.GetConnectionAsync(cancellationToken);
        var tx = session.Transaction;
        var options = (await connection.QueryAsync<(string ProductId, string Name, string Values)>(
            $"SELECT product_id, name, option_values FROM commerce_product_options WHERE {session.Dialect.In("product_id", "ids")} ORDER BY product_id, position",
            new { ids }, tx)).ToLookup(o => o.ProductId, o => new ProductOption(o.Name, JsonSerializer.Deserialize<List<string>>(o.Values)!));
        // Stock (available units and version over every location) comes in the same statement, grouped by variant.
        var variants = (await connection.QueryAsync<(string Id, string ProductId, string Sku, string Title, string Options, long Version,
            long Available, long StockVersion)>($"""
            SELECT v.id, v.product_id, v.sku, v.title, v.options, v.version,
                COALESCE(SUM(i.on_hand - i.reserved), 0), COALESCE(SUM(i.version), 0)
            FROM commerce_variants v LEFT JOIN commerce_inventory_levels i ON i.variant_id = v.id
            WHERE {session.Dialect.In("v.product_id", "ids")} GROUP BY v.id ORDER BY v.product_id, v.position
            """, new { ids }, tx)).ToList();
        var prices = await PricesAsync(variants.Select(v => v.Id).ToArray());
        var variantsByProduct = variants.ToLookup(v => v.ProductId, v => new ProductVariant(v.Id, v.Sku, v.Title,
            JsonSerializer.Deserialize<Dictionary<string, string>>(v.Options)!,
            prices.GetValueOrDefault(v.Id) ?? new Dictionary<string, long>(), v.Version, v.Available, v.StockVersion));
        var categories = (await connection.QueryAsync<(string ProductId, string Handle)>($"""
            SELECT pc.product_id, c.handle FROM commerce_product_categories pc JOIN commerce_categories c ON c.id = pc.category_id
            WHERE {session.Dialect.In("pc.product_id", "ids")} ORDER BY c.handle
            """, new { ids }, tx)).ToLookup(c => c.ProductId, c => c.Handle);
        var collections = (await connection.QueryAsync<(string ProductId, string Handle)>($"""
            SELECT pl.product_id, l.handle FROM commerce_product_collections pl JOIN commerce_collections l ON l.id = pl.collection_id
            WHERE {session.Dialect.In("pl.product_id", "ids")} ORDER BY l.handle
            """, new { ids }, tx)).ToLookup(c => c.ProductId, c => c.Handle);
        return rows.Select(r => new Product(r.Id, r.Handle, r.Title, r.Description, r.SeoTitle, r.SeoDescription,
            JsonSerializer.Deserialize<List<string>>(r.Media)!, r.ContentVersion, r.Status, r.Version,
            DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(r.UpdatedUtc, DateTimeKind.Utc),
            options[r.Id].ToList(), variantsByProduct[r.Id].ToList(), categories[r.Id].ToList(), collections[r.Id].ToList())).ToList();
    }

    /// <summary>Prices by variant id, currencies in alphabetical order.</summary>
    private async Task<Dictionary<string, Dictionary<string, long>>> PricesAsync(string[] variantIds)
    {
        if (variantIds.Length == 0) return [];
        var connection = await session.GetConnectionAsync();
        var rows = await connection.QueryAsync<(string VariantId, string Currency, long Amount)>(
            $"SELECT variant_id, currency, amount FROM commerce_variant_prices WHERE {session.Dialect.In("variant_id", "variantIds")} ORDER BY variant_id, currency",
            new { variantIds }, session.Transaction);
        return rows.GroupBy(r => r.VariantId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Currency, r => r.Amount));
    }

    private sealed class ProductRow
    {
        public string Id { get; set; } = "";
        public string Handle { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Description { get; set; }
        public string? SeoTitle { get; set; }
        public string? SeoDescription { get; set; }
        public string Media { get; set; } = "[]";
        public long ContentVersion { get; set; }
        public string Status { get; set; } = "";
        public long Version { get; set; }
        public DateTime CreatedUtc { get; set; }
        public DateTime UpdatedUtc { get; set; }
    }
}
