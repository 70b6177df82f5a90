using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Infrastructure;

/// <summary>
/// Seeds catalog and stock rows with plain SQL into the tables of CatalogMigrations, so checkout tests do not depend
/// on the catalog services. One product per SKU; prices default to 10.00 EUR.
/// </summary>
internal static class CatalogSeed
{
    /// <summary>Adds a sellable variant with <paramref name="onHand"/> units at <paramref name="location"/>; returns its id.</summary>
    public static async Task<string> VariantAsync(IServiceProvider services, string sku, long onHand, string location = "main",
        IDictionary<string, long>? prices = null, string status = "active")
    {
        var session = services.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        var now = DateTime.UtcNow;
        var productId = $"prod_{sku.ToLowerInvariant()}";
        var variantId = $"var_{sku.ToLowerInvariant()}";
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_products (id, handle, title, description, status, version, created_utc, updated_utc)
            VALUES (@productId, @handle, @title, NULL, @status, 1, @now, @now)
            """, new { productId, handle = sku.ToLowerInvariant(), title = $"Product {sku}", status, now }, work.Transaction);
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_variants (id, product_id, sku, title, options, position, created_utc, updated_utc)
            VALUES (@variantId, @productId, @sku, 'Default', '{}', 1, @now, @now)
            """, new { variantId, productId, sku, now }, work.Transaction);
        foreach (var (currency, amount) in prices ?? new Dictionary<string, long> { ["EUR"] = 1000 })
            await work.Connection.ExecuteAsync(
                "INSERT INTO commerce_variant_prices (variant_id, currency, amount) VALUES (@variantId, @currency, @amount)",
                new { variantId, currency, amount }, work.Transaction);
        await work.CompleteAsync();
        await StockAsync(services, variantId, location, onHand);
        return variantId;
    }

    /// <summary>Sets the variant's stock at a location (made if new), with nothing reserved.</summary>
    public static async Task StockAsync(IServiceProvider services, string variantId, string location, long onHand)
    {
        var session = services.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_locations (id, handle, name) VALUES (@id, @location, @location) ON CONFLICT (handle) DO NOTHING
            """, new { id = $"loc_{location}", location }, work.Transaction);
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version)
            VALUES (@variantId, @locationId, @onHand, 0, 1)
            ON CONFLICT (variant_id, location_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = 0
            """, new { variantId, locationId = $"loc_{location}", onHand }, work.Transaction);
        await work.CompleteAsync();
    }

    /// <summary>(on_hand, reserved) summed over the variant's locations.</summary>
    public static async Task<(long OnHand, long Reserved)> LevelsAsync(IServiceProvider services, string variantId)
    {
        var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
        return await connection.QuerySingleAsync<(long, long)>("""
            SELECT CAST(COALESCE(SUM(on_hand), 0) AS BIGINT), CAST(COALESCE(SUM(reserved), 0) AS BIGINT)
            FROM commerce_inventory_levels WHERE variant_id = @variantId
            """, new { variantId });
    }

    public static async Task<long> CountAsync(IServiceProvider services, string sql, object? parameters = null)
    {
        var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
