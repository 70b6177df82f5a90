using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Catalog.Recipes;

/// <summary>
/// What the Catalog recipe step writes of stock: locations, and on-hand counts (reservations are left alone, so a
/// re-run on a live store never frees reserved units). A changed count emits stock.changed like the inventory API.
/// </summary>
public sealed class RecipeStockWriter(DbSession session, OutboxWriter<CommerceStream> outbox)
{
    public async Task<string> UpsertLocationAsync(string handle, string name)
    {
        return await session.Transaction!.Connection!.ExecuteScalarAsync<string>("""
            INSERT INTO commerce_locations (id, handle, name) VALUES (@id, @handle, @name)
            ON CONFLICT (handle) DO UPDATE SET name = excluded.name RETURNING id
            """, new { id = CommerceIds.New("loc"), handle, name }, session.Transaction) ?? throw new InvalidOperationException("No location id returned.");
    }

    public async Task<IReadOnlyDictionary<string, string>> LocationIdsAsync() =>
        (await session.Transaction!.Connection!.QueryAsync<(string Handle, string Id)>("SELECT handle, id FROM commerce_locations",
            transaction: session.Transaction)).ToDictionary(r => r.Handle, r => r.Id);

    /// <returns>False when the count would drop below what is reserved there.</returns>
    public async Task<bool> SetOnHandAsync(string variantId, string sku, IReadOnlyDictionary<string, long> onHandByLocationId)
    {
        var connection = session.Transaction!.Connection!;
        var changed = false;
        foreach (var (locationId, onHand) in onHandByLocationId)
        {
            var reserved = await connection.ExecuteScalarAsync<long?>(
                "SELECT reserved FROM commerce_inventory_levels WHERE variant_id = @variantId AND location_id = @locationId",
                new { variantId, locationId }, session.Transaction);
            if (reserved > onHand) return false;
            changed |= await connection.ExecuteAsync("""
                INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version) VALUES (@variantId, @locationId, @onHand, 0, 1)
                ON CONFLICT (variant_id, location_id) DO UPDATE SET on_hand = excluded.on_hand, version = commerce_inventory_levels.version + 1
                WHERE commerce_inventory_levels.on_hand <> excluded.on_hand
                """, new { variantId, locationId, onHand }, session.Transaction) > 0;
        }
        if (!changed) return true;
        // A variant's stock version is the sum of its levels' versions: it grows with every change at any location.
        var totals = await connection.QuerySingleAsync<(long OnHand, long Reserved, long Version)>("""
            SELECT CAST(SUM(on_hand) AS BIGINT), CAST(SUM(reserved) AS BIGINT), CAST(SUM(version) AS BIGINT)
            FROM commerce_inventory_levels WHERE variant_id = @variantId
            """, new { variantId }, session.Transaction);
        await outbox.AppendAsync(CommerceEvents.StockChanged, Inventory.StockReader.Aggregate, variantId, totals.Version,
            new { id = variantId, sku, onHand = totals.OnHand, reserved = totals.Reserved, available = totals.OnHand - totals.Reserved });
        return true;
    }
}
