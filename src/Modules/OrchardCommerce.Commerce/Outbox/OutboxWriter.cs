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

    // PostgreSQL leaves position NULL for OutboxSequencer to fill in after commit, so writers take no lock. SQLite
    // has a single writer, so commit order is insert order there and the sequence is the position at once.
    private const string Insert = """
        INSERT INTO commerce_events (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc)
        VALUES (@id, @type, @aggregateType, @aggregateId, @aggregateVersion, @payload, @occurred);
        """;
    private const string PositionSqlite = "UPDATE commerce_events SET position = sequence WHERE sequence = last_insert_rowid();";

    /// <summary>Appends one event. Returns the event id.</summary>
    public async Task<string> AppendAsync(string type, string aggregateType, string aggregateId, long aggregateVersion,
        object payload, CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction
            ?? throw new InvalidOperationException("Outbox events must be written inside the unit of work of their change.");
        var id = CommerceIds.New("evt");
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(session.Dialect.IsPostgres ? Insert : Insert + PositionSqlite, new
        {
            id, type, aggregateType, aggregateId, aggregateVersion,
            payload = JsonSerializer.Serialize(payload, Json), occurred = clock.GetUtcNow().UtcDateTime,
        }, transaction, cancellationToken: cancellationToken));
        session.OnCommitted(signal.Notify);
        return id;
    }
}
