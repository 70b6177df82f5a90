using System.Text.Json;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Outbox;

/// <summary>
/// Appends change-feed events inside the caller's unit of work, so an event exists exactly when its change does.
/// </summary>
public sealed class OutboxWriter(DbSession session, OutboxSignal signal, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Appends one event; call it last in the work (see the lock below). Returns the event id.</summary>
    public async Task<string> AppendAsync(string type, string aggregateType, string aggregateId, long aggregateVersion,
        object payload, CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction
            ?? throw new InvalidOperationException("Outbox events must be written inside the unit of work of their change.");
        var connection = transaction.Connection!;
        if (session.Dialect.IsPostgres)
            // Identity values are taken at insert but become visible at commit, so a reader could pass a lower
            // sequence that commits later and never see it. Serialising event writers until commit makes sequence
            // order commit order; SQLite has a single writer already.
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(4242, hashtext(current_schema()))", transaction: transaction);
        var id = CommerceIds.New("evt");
        await connection.ExecuteAsync("""
            INSERT INTO commerce_events (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc)
            VALUES (@id, @type, @aggregateType, @aggregateId, @aggregateVersion, @payload, @occurred)
            """, new
        {
            id, type, aggregateType, aggregateId, aggregateVersion,
            payload = JsonSerializer.Serialize(payload, Json), occurred = clock.GetUtcNow().UtcDateTime,
        }, transaction);
        session.OnCommitted(signal.Notify);
        return id;
    }
}
