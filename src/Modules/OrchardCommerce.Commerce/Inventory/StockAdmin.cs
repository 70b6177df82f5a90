using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Inventory;

/// <summary>Ops' changes to on-hand counts (stock takes, deliveries), each with its stock.changed event.</summary>
public sealed class StockAdmin(DbSession session, StockReader reader)
{
    /// <summary>
    /// Sets on_hand at a location (creating the level when the variant has none there yet). Null when the SKU or the
    /// location does not exist; <see cref="StockConflictException"/> when the new count is below what is reserved.
    /// </summary>
    public async Task<VariantStock?> SetOnHandAsync(string sku, string locationHandle, long onHand, CancellationToken cancellationToken = default)
    {
        if (onHand < 0) throw new ArgumentOutOfRangeException(nameof(onHand), "On hand cannot be negative.");
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var variantId = await work.Connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM commerce_variants WHERE sku = @sku", new { sku }, work.Transaction);
        var locationId = await work.Connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM commerce_locations WHERE handle = @locationHandle", new { locationHandle }, work.Transaction);
        if (variantId is null || locationId is null) return null;
        var found = new { VariantId = variantId, LocationId = locationId };
        var updated = await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version)
            VALUES (@VariantId, @LocationId, @onHand, 0, 1)
            ON CONFLICT (variant_id, location_id) DO UPDATE SET on_hand = excluded.on_hand,
                version = commerce_inventory_levels.version + 1
            WHERE commerce_inventory_levels.reserved <= excluded.on_hand
            """, new { found.VariantId, found.LocationId, onHand }, work.Transaction);
        if (updated == 0)
        {
            var reserved = await work.Connection.ExecuteScalarAsync<long>(
                "SELECT reserved FROM commerce_inventory_levels WHERE variant_id = @VariantId AND location_id = @LocationId",
                new { found.VariantId, found.LocationId }, work.Transaction);
            throw new StockConflictException(
                $"On hand of '{sku}' at '{locationHandle}' cannot go below the {reserved} reserved for orders.");
        }
        var stock = await reader.AppendChangedAsync(found.VariantId, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return stock;
    }

    /// <summary>Adds <paramref name="delta"/> (negative to remove) to on_hand at a location; see <see cref="SetOnHandAsync"/>.</summary>
    public async Task<VariantStock?> AdjustAsync(string sku, string locationHandle, long delta, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var current = await work.Connection.ExecuteScalarAsync<long?>("""
            SELECT i.on_hand FROM commerce_inventory_levels i
            JOIN commerce_variants v ON v.id = i.variant_id JOIN commerce_locations l ON l.id = i.location_id
            WHERE v.sku = @sku AND l.handle = @locationHandle
            """, new { sku, locationHandle }, work.Transaction) ?? 0;
        if (current + delta < 0) throw new StockConflictException($"On hand of '{sku}' at '{locationHandle}' cannot go below zero.");
        var stock = await SetOnHandAsync(sku, locationHandle, current + delta, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return stock;
    }
}
