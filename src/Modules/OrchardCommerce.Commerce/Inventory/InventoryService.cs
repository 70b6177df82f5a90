using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Options;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Inventory;

/// <summary>
/// Reservations against stock levels. Every method joins the caller's unit of work and never writes events itself:
/// the caller appends stock.changed (<see cref="StockReader.AppendChangedAsync"/>) last, after its other writes.
/// </summary>
public sealed class InventoryService(DbSession session, TimeProvider clock, IOptions<InventoryOptions> options)
{
    /// <summary>
    /// Reserves <paramref name="quantity"/> of a variant at one location that has it all available, for an order;
    /// false when none has. The conditional UPDATE is what prevents overselling: concurrent reservations of the last
    /// units serialize on the level row, and the loser's WHERE no longer matches.
    /// </summary>
    public async Task<bool> ReserveAsync(string variantId, long quantity, string orderId, CancellationToken cancellationToken = default)
    {
        var (connection, transaction) = Work();
        var now = clock.GetUtcNow().UtcDateTime;
        var reservation = new
        {
            id = CommerceIds.New("res"), variantId, quantity, orderId, now,
            expires = now.AddMinutes(options.Value.ReservationMinutes),
        };
        if (!session.Dialect.IsPostgres) await ReleaseExpiredAsync(connection, transaction, variantId, now);
        // The location with the most available is chosen and taken in one statement. On PostgreSQL a concurrent
        // reservation of that row makes this one wait and re-check the WHERE on the new row, which may then fail
        // although another location still has stock: only then look again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var reserved = session.Dialect.IsPostgres
                ? await ReserveOnPostgresAsync(connection, transaction, reservation, releaseExpired: attempt == 0)
                : await ReserveOnSqliteAsync(connection, transaction, reservation);
            if (reserved is not null) return true;
            var anyLeft = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM commerce_inventory_levels WHERE variant_id = @variantId AND on_hand - reserved >= @quantity",
                new { variantId, quantity }, transaction);
            if (anyLeft == 0) return false;
        }
        return false;
    }

    /// <summary>
    /// PostgreSQL: SQL for a caller's command that gives the variant's expired reservations back and reserves
    /// <paramref name="quantity"/> for <c>@orderId</c>, as <see cref="ReserveAsync"/>'s first attempt does (its values
    /// go into <paramref name="parameters"/>, named by <paramref name="index"/>). Its last statement answers one row,
    /// the location, when reserved; none when no location had it all at that moment. Then <see cref="ReserveAsync"/>,
    /// which looks again, decides.
    /// </summary>
    public string ReservationSql(int index, string variantId, long quantity, SqlParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        parameters.Add($"res{index}", CommerceIds.New("res")).Add($"resVariantId{index}", variantId).Add($"resQuantity{index}", quantity)
            .Add($"resNow{index}", now).Add($"resExpires{index}", now.AddMinutes(options.Value.ReservationMinutes));
        return LineSql.GetOrAdd(index, static i => LineParameter.Replace(ReserveOnPostgresSql(releaseExpired: true), m => m.Groups[1].Value switch
        {
            "id" => $"@res{i}",
            var name => $"@res{char.ToUpperInvariant(name[0])}{name[1..]}{i}",
        }));
    }

    // The reservation's own parameters get the line's names (@orderId is the caller's), once per line index.
    private static readonly ConcurrentDictionary<int, string> LineSql = new();
    private static readonly Regex LineParameter = new(@"@(id|variantId|quantity|now|expires)\b", RegexOptions.Compiled);

    // One level update per location whatever the number of expired reservations there; the version still grows.
    private const string ReleaseExpiredPostgres = """
        WITH expired AS (
            UPDATE commerce_reservations SET status = 'released'
            WHERE variant_id = @variantId AND status = 'active' AND expires_utc < @now
            RETURNING location_id, quantity),
        freed AS (SELECT location_id, SUM(quantity) AS quantity FROM expired GROUP BY location_id)
        UPDATE commerce_inventory_levels i SET reserved = i.reserved - freed.quantity, version = i.version + 1
        FROM freed WHERE i.variant_id = @variantId AND i.location_id = freed.location_id
        """;

    private const string ReserveSql = """
        UPDATE commerce_inventory_levels SET reserved = reserved + @quantity, version = version + 1
        WHERE variant_id = @variantId AND on_hand - reserved >= @quantity
          AND location_id = (SELECT location_id FROM commerce_inventory_levels
                             WHERE variant_id = @variantId AND on_hand - reserved >= @quantity
                             ORDER BY on_hand - reserved DESC, location_id LIMIT 1)
        RETURNING location_id
        """;

    // Expired reservations are given back in the same round trip, as a statement of their own before the reservation,
    // so the reservation sees the stock they free.
    private static Task<string?> ReserveOnPostgresAsync(DbConnection connection, DbTransaction transaction, object reservation, bool releaseExpired) =>
        connection.ExecuteScalarAsync<string?>(ReserveOnPostgresSql(releaseExpired), reservation, transaction);

    private static string ReserveOnPostgresSql(bool releaseExpired) => $"""
        {(releaseExpired ? ReleaseExpiredPostgres + ";" : "")}
        WITH taken AS ({ReserveSql})
        INSERT INTO commerce_reservations (id, variant_id, location_id, quantity, order_id, status, expires_utc, created_utc)
        SELECT @id, @variantId, location_id, @quantity, @orderId, 'active', @expires, @now FROM taken
        RETURNING location_id;
        """;

    // SQLite has no data-modifying CTEs; it has one writer, so the two statements cannot interleave with another's.
    private static async Task<string?> ReserveOnSqliteAsync(DbConnection connection, DbTransaction transaction, object reservation)
    {
        var locationId = await connection.ExecuteScalarAsync<string?>(ReserveSql, reservation, transaction);
        if (locationId is null) return null;
        var parameters = new DynamicParameters(reservation);
        parameters.Add("locationId", locationId);
        await connection.ExecuteAsync("""
            INSERT INTO commerce_reservations (id, variant_id, location_id, quantity, order_id, status, expires_utc, created_utc)
            VALUES (@id, @variantId, @locationId, @quantity, @orderId, 'active', @expires, @now)
            """, parameters, transaction);
        return locationId;
    }

    /// <summary>Gives an order's active reservations back (reserved -= q); returns the variants that changed.</summary>
    public Task<IReadOnlyList<string>> ReleaseAsync(string orderId, CancellationToken cancellationToken = default) =>
        EndAsync(orderId, "active", "released", "reserved = reserved - @quantity");

    /// <summary>Turns an order's active reservations into shipped stock (on_hand -= q, reserved -= q).</summary>
    public Task<IReadOnlyList<string>> CommitAsync(string orderId, CancellationToken cancellationToken = default) =>
        EndAsync(orderId, "active", "committed", "on_hand = on_hand - @quantity, reserved = reserved - @quantity");

    /// <summary>Puts an order's committed stock back on hand (a cancellation after reserve-inventory).</summary>
    public Task<IReadOnlyList<string>> RestockAsync(string orderId, CancellationToken cancellationToken = default) =>
        EndAsync(orderId, "committed", "released", "on_hand = on_hand + @quantity");

    /// <summary>What an order holds per variant, by reservation status (active, committed).</summary>
    public async Task<IReadOnlyList<(string VariantId, string Status, long Quantity)>> HeldAsync(string orderId)
    {
        var (connection, transaction) = Work();
        var rows = await connection.QueryAsync<(string, string, long)>("""
            SELECT variant_id, status, CAST(SUM(quantity) AS BIGINT) FROM commerce_reservations
            WHERE order_id = @orderId AND status IN ('active', 'committed') GROUP BY variant_id, status
            """, new { orderId }, transaction);
        return rows.ToList();
    }

    private async Task<IReadOnlyList<string>> EndAsync(string orderId, string from, string to, string levelChange)
    {
        var (connection, transaction) = Work();
        // Claiming the rows by their status first makes a second release (or a racing lazy expiry) a no-op.
        var ended = (await connection.QueryAsync<(string VariantId, string LocationId, long Quantity)>($"""
            UPDATE commerce_reservations SET status = '{to}' WHERE order_id = @orderId AND status = '{from}'
            RETURNING variant_id, location_id, quantity
            """, new { orderId }, transaction)).OrderBy(r => r.VariantId, StringComparer.Ordinal).ThenBy(r => r.LocationId, StringComparer.Ordinal).ToList();
        foreach (var (variantId, locationId, quantity) in ended)
            await connection.ExecuteAsync($"""
                UPDATE commerce_inventory_levels SET {levelChange}, version = version + 1
                WHERE variant_id = @variantId AND location_id = @locationId
                """, new { variantId, locationId, quantity }, transaction);
        return ended.Select(r => r.VariantId).Distinct().ToList();
    }

    private static async Task ReleaseExpiredAsync(DbConnection connection, DbTransaction transaction, string variantId, DateTime now)
    {
        var expired = (await connection.QueryAsync<(string LocationId, long Quantity)>("""
            UPDATE commerce_reservations SET status = 'released'
            WHERE variant_id = @variantId AND status = 'active' AND expires_utc < @now
            RETURNING location_id, quantity
            """, new { variantId, now }, transaction)).ToList();
        foreach (var (locationId, quantity) in expired)
            await connection.ExecuteAsync("""
                UPDATE commerce_inventory_levels SET reserved = reserved - @quantity, version = version + 1
                WHERE variant_id = @variantId AND location_id = @locationId
                """, new { variantId, locationId, quantity }, transaction);
    }

    private (DbConnection, DbTransaction) Work()
    {
        var transaction = session.Transaction
            ?? throw new InvalidOperationException("Stock changes must run inside a unit of work.");
        return (transaction.Connection!, transaction);
    }
}
