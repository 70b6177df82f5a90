using System.Data.Common;
using System.Text.Json;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>The SQL of a product's rows; callers validate first and hold the unit of work.</summary>
public sealed class ProductWriter(DbSession session, TimeProvider clock)
{
    private DbConnection Connection => session.Transaction!.Connection!;

    public async Task InsertProductAsync(string id, ProductInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await Connection.ExecuteAsync("""
            INSERT INTO commerce_products (id, handle, title, description, status, version, created_utc, updated_utc)
            VALUES (@id, @Handle, @Title, @Description, @Status, 1, @now, @now)
            """, new { id, input.Handle, input.Title, input.Description, input.Status, now }, session.Transaction);
    }

    public async Task UpdateProductAsync(string id, ProductInput input)
    {
        await Connection.ExecuteAsync("""
            UPDATE commerce_products SET handle = @Handle, title = @Title, description = @Description, status = @Status,
                version = version + 1, updated_utc = @now WHERE id = @id
            """, new { id, input.Handle, input.Title, input.Description, input.Status, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);
    }

    /// <summary>
    /// PostgreSQL: locks the product row so concurrent changes of one product serialise; SQLite's write transaction is
    /// exclusive already (and has no FOR UPDATE).
    /// </summary>
    public async Task LockProductAsync(string id)
    {
        if (session.Dialect.IsPostgres)
            await Connection.ExecuteAsync("SELECT id FROM commerce_products WHERE id = @id FOR UPDATE", new { id }, session.Transaction);
    }

    /// <summary>The content-owned fields and the content version they came from; a new version of the product.</summary>
    public Task UpdateContentAsync(string id, ProductContentInput input) => Connection.ExecuteAsync("""
        UPDATE commerce_products SET description = @Description, seo_title = @SeoTitle, seo_description = @SeoDescription,
            media = @media, content_version = @ContentVersion, version = version + 1, updated_utc = @now WHERE id = @id
        """, new { id, input.Description, input.SeoTitle, input.SeoDescription, media = JsonSerializer.Serialize(input.Media),
            input.ContentVersion, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);

    /// <summary>Only the content version: a newer content version whose fields are the ones already stored.</summary>
    public Task SetContentVersionAsync(string id, long contentVersion) => Connection.ExecuteAsync(
        "UPDATE commerce_products SET content_version = @contentVersion WHERE id = @id", new { id, contentVersion }, session.Transaction);

    /// <summary>Options, variants, prices, links and stock go with it by cascade.</summary>
    public Task DeleteProductAsync(string id) =>
        Connection.ExecuteAsync("DELETE FROM commerce_products WHERE id = @id", new { id }, session.Transaction);

    /// <summary>A change inside the product (a variant's prices) is still a new version of the product.</summary>
    public Task TouchProductAsync(string id) => Connection.ExecuteAsync(
        "UPDATE commerce_products SET version = version + 1, updated_utc = @now WHERE id = @id",
        new { id, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);

    public async Task ReplaceOptionsAsync(string productId, IReadOnlyList<ProductOption> options)
    {
        await Connection.ExecuteAsync("DELETE FROM commerce_product_options WHERE product_id = @productId", new { productId }, session.Transaction);
        for (var i = 0; i < options.Count; i++)
            await Connection.ExecuteAsync("""
                INSERT INTO commerce_product_options (product_id, position, name, option_values) VALUES (@productId, @i, @Name, @values)
                """, new { productId, i, options[i].Name, values = JsonSerializer.Serialize(options[i].Values) }, session.Transaction);
    }

    public async Task InsertVariantAsync(string productId, string id, int position, string title, VariantInput variant, IReadOnlyList<ProductOption> options)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await Connection.ExecuteAsync("""
            INSERT INTO commerce_variants (id, product_id, sku, title, options, position, version, created_utc, updated_utc)
            VALUES (@id, @productId, @Sku, @title, @json, @position, 1, @now, @now)
            """, new { id, productId, variant.Sku, title, json = OptionsJson(variant, options), position, now }, session.Transaction);
        await ReplacePricesAsync(id, variant.Prices);
    }

    /// <param name="bumpVersion">True when the variant's own fields or prices changed.</param>
    public async Task UpdateVariantAsync(string id, int position, string title, VariantInput variant, IReadOnlyList<ProductOption> options, bool bumpVersion)
    {
        await Connection.ExecuteAsync($"""
            UPDATE commerce_variants SET title = @title, options = @json, position = @position, updated_utc = @now
                {(bumpVersion ? ", version = version + 1" : "")} WHERE id = @id
            """, new { id, title, json = OptionsJson(variant, options), position, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);
    }

    public Task BumpVariantAsync(string id) => Connection.ExecuteAsync(
        "UPDATE commerce_variants SET version = version + 1, updated_utc = @now WHERE id = @id",
        new { id, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);

    public async Task ReplacePricesAsync(string variantId, IReadOnlyDictionary<string, long> prices)
    {
        await Connection.ExecuteAsync("DELETE FROM commerce_variant_prices WHERE variant_id = @variantId", new { variantId }, session.Transaction);
        foreach (var (currency, amount) in prices.OrderBy(p => p.Key, StringComparer.Ordinal))
            await Connection.ExecuteAsync("INSERT INTO commerce_variant_prices (variant_id, currency, amount) VALUES (@variantId, @currency, @amount)",
                new { variantId, currency, amount }, session.Transaction);
    }

    /// <summary>Deleting a variant removes its stock levels and reservations by cascade; orders keep copies of their lines.</summary>
    public Task DeleteVariantAsync(string id) =>
        Connection.ExecuteAsync("DELETE FROM commerce_variants WHERE id = @id", new { id }, session.Transaction);

    public async Task ReplaceLinksAsync(string productId, IReadOnlyList<string> categoryIds, IReadOnlyList<string> collectionIds)
    {
        await Connection.ExecuteAsync("DELETE FROM commerce_product_categories WHERE product_id = @productId", new { productId }, session.Transaction);
        await Connection.ExecuteAsync("DELETE FROM commerce_product_collections WHERE product_id = @productId", new { productId }, session.Transaction);
        foreach (var categoryId in categoryIds)
            await Connection.ExecuteAsync("INSERT INTO commerce_product_categories (product_id, category_id) VALUES (@productId, @categoryId)",
                new { productId, categoryId }, session.Transaction);
        for (var i = 0; i < collectionIds.Count; i++)
            await Connection.ExecuteAsync("INSERT INTO commerce_product_collections (product_id, collection_id, position) VALUES (@productId, @id, @i)",
                new { productId, id = collectionIds[i], i }, session.Transaction);
    }

    // Keys in the product's option order, so the stored JSON (and every export of it) has one spelling.
    private static string OptionsJson(VariantInput variant, IReadOnlyList<ProductOption> options) =>
        JsonSerializer.Serialize(options.ToDictionary(o => o.Name, o => variant.Options[o.Name]));
}
