using System.Text.Json;
using Dapper;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

public sealed partial class StorefrontProductReader
{
    private Task<IReadOnlyList<StoreProduct>> ByHandlesAsync(string[] handles, CancellationToken cancellationToken) =>
        LoadAsync(session.Dialect.In("p.handle", "keys"), handles, cancellationToken);

    private Task<IReadOnlyList<StoreProduct>> BySkusAsync(string[] skus, CancellationToken cancellationToken) =>
        LoadAsync($"p.id IN (SELECT k.product_id FROM commerce_variants k WHERE {session.Dialect.In("k.sku", "keys")})", skus, cancellationToken);

    // Active products by handle or by variant SKU, many at once, in one round trip of seven statements. Commerce's
    // StoreCatalogReader batches pages but looks up one handle at a time; a resolver batching the products of a cart
    // or of a content picker needs many keys at once. It builds the same StoreProduct (a test holds the two equal).
    private async Task<IReadOnlyList<StoreProduct>> LoadAsync(string match, string[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0) return [];
        var products = $"SELECT p.id FROM commerce_products p WHERE p.status = '{ProductStatus.Active}' AND {match}";
        var connection = await session.GetConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT p.id, p.handle, p.title, p.description, p.seo_title, p.seo_description, p.media FROM commerce_products p WHERE p.id IN ({products}) ORDER BY p.id;
            SELECT product_id, name, option_values FROM commerce_product_options WHERE product_id IN ({products}) ORDER BY product_id, position;
            SELECT id, product_id, sku, title, options FROM commerce_variants WHERE product_id IN ({products}) ORDER BY product_id, position;
            SELECT r.variant_id, r.currency, r.amount FROM commerce_variant_prices r JOIN commerce_variants v ON v.id = r.variant_id
            WHERE v.product_id IN ({products}) ORDER BY r.variant_id, r.currency;
            SELECT i.variant_id, CAST(SUM(i.on_hand - i.reserved) AS BIGINT) FROM commerce_inventory_levels i
            JOIN commerce_variants v ON v.id = i.variant_id WHERE v.product_id IN ({products}) GROUP BY i.variant_id;
            SELECT pc.product_id, c.handle FROM commerce_product_categories pc JOIN commerce_categories c ON c.id = pc.category_id
            WHERE pc.product_id IN ({products}) ORDER BY c.handle;
            SELECT pl.product_id, l.handle FROM commerce_product_collections pl JOIN commerce_collections l ON l.id = pl.collection_id
            WHERE pl.product_id IN ({products}) ORDER BY l.handle;
            """, new { keys }, session.Transaction, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<(string Id, string Handle, string Title, string? Description, string? SeoTitle, string? SeoDescription, string Media)>()).ToList();
        var options = (await results.ReadAsync<(string ProductId, string Name, string Values)>())
            .ToLookup(o => o.ProductId, o => new ProductOption(o.Name, JsonSerializer.Deserialize<List<string>>(o.Values)!));
        var variants = (await results.ReadAsync<(string Id, string ProductId, string Sku, string Title, string Options)>()).ToList();
        var prices = (await results.ReadAsync<(string VariantId, string Currency, long Amount)>())
            .GroupBy(r => r.VariantId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(r => r.Currency, r => r.Amount));
        var available = (await results.ReadAsync<(string VariantId, long Available)>()).ToDictionary(r => r.VariantId, r => r.Available);
        var categories = (await results.ReadAsync<(string ProductId, string Handle)>()).ToLookup(c => c.ProductId, c => c.Handle);
        var collections = (await results.ReadAsync<(string ProductId, string Handle)>()).ToLookup(c => c.ProductId, c => c.Handle);

        var variantsByProduct = variants.ToLookup(v => v.ProductId, v => new StoreVariant(v.Sku, v.Title,
            JsonSerializer.Deserialize<Dictionary<string, string>>(v.Options)!,
            prices.GetValueOrDefault(v.Id) ?? new Dictionary<string, long>(), available.GetValueOrDefault(v.Id)));
        return rows.Select(r => new StoreProduct(r.Handle, r.Title, r.Description, r.SeoTitle, r.SeoDescription,
            JsonSerializer.Deserialize<List<string>>(r.Media)!, options[r.Id].ToList(),
            variantsByProduct[r.Id].ToList(), categories[r.Id].ToList(), collections[r.Id].ToList())).ToList();
    }
}
