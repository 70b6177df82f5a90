using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Inventory;

/// <summary>Reads stock levels straight from the catalog's stock tables, and appends stock.changed for a variant.</summary>
public sealed class StockReader(DbSession session, OutboxWriter<CommerceStream> outbox)
{
    /// <summary>The variant's stock by SKU, or null when no variant has that SKU.</summary>
    public async Task<VariantStock?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var variantId = await connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM commerce_variants WHERE sku = @sku", new { sku }, session.Transaction);
        return variantId is null ? null : await GetAsync(variantId, cancellationToken);
    }

    public async Task<VariantStock?> GetAsync(string variantId, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var sku = await connection.ExecuteScalarAsync<string?>(
            "SELECT sku FROM commerce_variants WHERE id = @variantId", new { variantId }, session.Transaction);
        if (sku is null) return null;
        var rows = (await connection.QueryAsync<LevelRow>("""
            SELECT l.handle AS Location, i.on_hand AS OnHand, i.reserved AS Reserved, i.version AS Version
            FROM commerce_inventory_levels i JOIN commerce_locations l ON l.id = i.location_id
            WHERE i.variant_id = @variantId ORDER BY l.handle
            """, new { variantId }, session.Transaction)).ToList();
        var levels = rows.Select(r => new StockLevel(r.Location, r.OnHand, r.Reserved, r.OnHand - r.Reserved)).ToList();
        return new VariantStock(variantId, sku, levels.Sum(l => l.OnHand), levels.Sum(l => l.Reserved),
            levels.Sum(l => l.Available), rows.Sum(r => r.Version), levels);
    }

    /// <summary>
    /// stock.changed's aggregate: a variant's stock, versioned by the sum of its level versions. Not "variant", whose
    /// version counts catalog changes (price.changed): one aggregate with two counters would make a consumer that
    /// drops stale versions drop live events.
    /// </summary>
    public const string Aggregate = "stock";

    /// <summary>Appends stock.changed with the variant's current stock (returned); call it at the end of the change's work.</summary>
    public async Task<VariantStock> AppendChangedAsync(string variantId, CancellationToken cancellationToken = default)
    {
        var stock = await GetAsync(variantId, cancellationToken)
            ?? throw new InvalidOperationException($"Variant '{variantId}' does not exist.");
        var connection = await session.GetConnectionAsync(cancellationToken);
        var productId = await connection.ExecuteScalarAsync<string>(
            "SELECT product_id FROM commerce_variants WHERE id = @variantId", new { variantId }, session.Transaction);
        await outbox.AppendAsync(CommerceEvents.StockChanged, Aggregate, variantId, stock.Version, new
        {
            variantId, productId, sku = stock.Sku, onHand = stock.OnHand, reserved = stock.Reserved, available = stock.Available,
            locations = stock.Locations,
        }, cancellationToken);
        return stock;
    }

    private sealed class LevelRow
    {
        public string Location { get; set; } = "";
        public long OnHand { get; set; }
        public long Reserved { get; set; }
        public long Version { get; set; }
    }
}
