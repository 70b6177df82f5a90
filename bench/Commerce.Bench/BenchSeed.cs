using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Bench;

/// <summary>One sellable variant with stock, written straight into the catalog tables; and its stock read back.</summary>
internal static class BenchSeed
{
    public static async Task VariantAsync(TenantDatabase database, string sku, long onHand)
    {
        var (connection, transaction) = await database.BeginAsync();
        await using (connection)
        await using (transaction)
        {
            var now = DateTime.UtcNow;
            var id = sku.ToLowerInvariant();
            await connection.ExecuteAsync("""
                INSERT INTO commerce_products (id, handle, title, description, status, version, created_utc, updated_utc)
                VALUES (@id, @id, @sku, NULL, 'active', 1, @now, @now);
                INSERT INTO commerce_variants (id, product_id, sku, title, options, position, created_utc, updated_utc)
                VALUES (@id, @id, @sku, 'Default', '{}', 1, @now, @now);
                INSERT INTO commerce_variant_prices (variant_id, currency, amount) VALUES (@id, 'EUR', 1999);
                INSERT INTO commerce_locations (id, handle, name) VALUES (@location, @location, @location) ON CONFLICT (handle) DO NOTHING;
                INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version) VALUES (@id, @location, @onHand, 0, 1);
                """, new { id, sku, now, onHand, location = "main" }, transaction);
            await transaction.CommitAsync();
        }
    }

    /// <summary>on_hand, reserved, and the units in placed orders, for the oversold check.</summary>
    public static async Task<(long OnHand, long Reserved, long Ordered)> StockAsync(TenantDatabase database, string sku)
    {
        await using var connection = await database.OpenAsync();
        var id = sku.ToLowerInvariant();
        var (onHand, reserved) = await connection.QuerySingleAsync<(long, long)>(
            "SELECT on_hand, reserved FROM commerce_inventory_levels WHERE variant_id = @id", new { id });
        var ordered = await connection.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(SUM(quantity), 0) AS BIGINT) FROM commerce_order_lines WHERE variant_id = @id", new { id });
        return (onHand, reserved, ordered);
    }
}
