using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Inventory;

/// <summary>Reads stock levels straight from the catalog's stock tables, and appends stock.changed for variants.</summary>
public sealed class StockReader(DbSession session, OutboxWriter<CommerceStream> outbox)
{
    /// <summary>The variant's stock by SKU, or null when no variant has that SKU.</summary>
    public async Task<VariantStock?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default) =>
        (await ReadAsync("v.sku = @sku", new { sku }, cancellationToken)).Values.SingleOrDefault()?.Stock;

    public async Task<VariantStock?> GetAsync(string variantId, CancellationToken cancellationToken = default) =>
        (await ReadAsync("v.id = @variantId", new { variantId }, cancellationToken)).GetValueOrDefault(variantId)?.Stock;

    /// <summary>
    /// stock.changed's aggregate: a variant's stock, versioned by the sum of its level versions. Not "variant", whose
    /// version counts catalog changes (price.changed): one aggregate with two counters would make a consumer that
    /// drops stale versions drop live events.
    /// </summary>
    public const string Aggregate = "stock";

    /// <summary>Appends stock.changed with the variant's current stock (returned); call it at the end of the change's work.</summary>
    public async Task<VariantStock> AppendChangedAsync(string variantId, CancellationToken cancellationToken = default)
    {
        var (entries, stocks) = await ChangedAsync([variantId], cancellationToken);
        await outbox.AppendAsync(entries, cancellationToken);
        return stocks[0];
    }

    /// <summary>
    /// stock.changed for each variant (in id order) with its current stock, read in one statement, for the caller to
    /// append with its other events in one command.
    /// </summary>
    public async Task<(IReadOnlyList<OutboxEntry> Events, IReadOnlyList<VariantStock> Stocks)> ChangedAsync(IEnumerable<string> variantIds,
        CancellationToken cancellationToken = default)
    {
        var ids = variantIds.Distinct().Order(StringComparer.Ordinal).ToArray();
        return Changed(ids, await ReadAsync(session.Dialect.In("v.id", "ids"), new { ids }, cancellationToken));
    }

    /// <summary>
    /// PostgreSQL: a statement appending stock.changed for <paramref name="variantIds"/> (in id order) with their stock
    /// as it is when the statement runs, for a caller that sends it in its own command after the stock changes (its
    /// values go into <paramref name="parameters"/>). The payload and version are those of <see cref="ChangedAsync"/>,
    /// built in SQL so that the events need no read and no round trip of their own.
    /// </summary>
    public static string ChangedSql(IEnumerable<string> variantIds, DateTime occurredUtc, SqlParameters parameters)
    {
        var ids = variantIds.Distinct().Order(StringComparer.Ordinal).ToArray();
        parameters.Add("stockIds", ids).Add("stockEventIds", ids.Select(_ => CommerceStream.NewEventId()).ToArray()).Add("stockOccurred", occurredUtc);
        return $"""
            INSERT INTO {CommerceStream.Table} (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc)
            SELECT e.event_id, '{CommerceEvents.StockChanged}', '{Aggregate}', v.id, s.version,
                   json_build_object('variantId', v.id, 'productId', v.product_id, 'sku', v.sku, 'onHand', s.on_hand,
                       'reserved', s.reserved, 'available', s.on_hand - s.reserved, 'locations', s.locations)::text,
                   @stockOccurred
            FROM unnest(@stockIds, @stockEventIds) WITH ORDINALITY AS e(variant_id, event_id, n)
            JOIN commerce_variants v ON v.id = e.variant_id
            CROSS JOIN LATERAL (
                SELECT CAST(COALESCE(SUM(i.on_hand), 0) AS BIGINT) AS on_hand, CAST(COALESCE(SUM(i.reserved), 0) AS BIGINT) AS reserved,
                       CAST(COALESCE(SUM(i.version), 0) AS BIGINT) AS version,
                       COALESCE(json_agg(json_build_object('location', l.handle, 'onHand', i.on_hand, 'reserved', i.reserved,
                           'available', i.on_hand - i.reserved) ORDER BY l.handle), '[]'::json) AS locations
                FROM commerce_inventory_levels i JOIN commerce_locations l ON l.id = i.location_id
                WHERE i.variant_id = v.id) s
            ORDER BY e.n;
            """;
    }

    private static (IReadOnlyList<OutboxEntry> Events, IReadOnlyList<VariantStock> Stocks) Changed(string[] ids, Dictionary<string, Found> found)
    {
        var events = new List<OutboxEntry>();
        var stocks = new List<VariantStock>();
        foreach (var id in ids)
        {
            var (productId, stock) = found.GetValueOrDefault(id) ?? throw new InvalidOperationException($"Variant '{id}' does not exist.");
            stocks.Add(stock);
            events.Add(new OutboxEntry(CommerceEvents.StockChanged, Aggregate, id, stock.Version, new
            {
                variantId = id, productId, sku = stock.Sku, onHand = stock.OnHand, reserved = stock.Reserved, available = stock.Available,
                locations = stock.Locations,
            }));
        }
        return (events, stocks);
    }

    // The variant and its levels in one statement (a variant without levels gives one row with no location).
    private static string Select(string where) => $"""
        SELECT v.id AS VariantId, v.sku AS Sku, v.product_id AS ProductId, l.handle AS Location,
               i.on_hand AS OnHand, i.reserved AS Reserved, i.version AS Version
        FROM commerce_variants v
        LEFT JOIN commerce_inventory_levels i ON i.variant_id = v.id
        LEFT JOIN commerce_locations l ON l.id = i.location_id
        WHERE {where} ORDER BY v.id, l.handle
        """;

    private async Task<Dictionary<string, Found>> ReadAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return Group(await connection.QueryAsync<LevelRow>(new CommandDefinition(Select(where), parameters, session.Transaction,
            cancellationToken: cancellationToken)));
    }

    private static Dictionary<string, Found> Group(IEnumerable<LevelRow> rows) =>
        rows.GroupBy(r => r.VariantId).ToDictionary(g => g.Key, g =>
        {
            var first = g.First();
            var levelRows = g.Where(r => r.Location is not null).ToList();
            var levels = levelRows.Select(r => new StockLevel(r.Location!, r.OnHand ?? 0, r.Reserved ?? 0, (r.OnHand ?? 0) - (r.Reserved ?? 0))).ToList();
            return new Found(first.ProductId, new VariantStock(g.Key, first.Sku, levels.Sum(l => l.OnHand), levels.Sum(l => l.Reserved),
                levels.Sum(l => l.Available), levelRows.Sum(r => r.Version ?? 0), levels));
        }, StringComparer.Ordinal);

    private sealed record Found(string ProductId, VariantStock Stock);

    private sealed class LevelRow
    {
        public string VariantId { get; set; } = "";
        public string Sku { get; set; } = "";
        public string ProductId { get; set; } = "";
        public string? Location { get; set; }
        public long? OnHand { get; set; }
        public long? Reserved { get; set; }
        public long? Version { get; set; }
    }
}
