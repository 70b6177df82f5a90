using System.Data.Common;
using System.Text.Json;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Outbox;

/// <summary>
/// Appends change-feed events inside the caller's unit of work, so an event exists exactly when its change does.
/// </summary>
public sealed class OutboxWriter<TStream>(DbSession session, OutboxSignal<TStream> signal, TimeProvider clock) where TStream : IOutboxStream
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // PostgreSQL leaves position NULL for OutboxSequencer to fill in after commit, so writers take no lock. SQLite
    // has a single writer, so commit order is insert order there and the sequence is the position at once.
    private static readonly string InsertTemplate = $"""
        INSERT INTO {TStream.Table} (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc)
        VALUES (@id#, @type#, @aggregateType#, @aggregateId#, @aggregateVersion#, @payload#, @occurred);
        """;
    private static readonly string Insert = InsertTemplate.Replace("#", "");
    private static readonly string PositionSqlite = $"UPDATE {TStream.Table} SET position = sequence WHERE sequence = last_insert_rowid();";
    private static readonly string LastVersion =
        $"SELECT MAX(aggregate_version) FROM {TStream.Table} WHERE aggregate_type = @aggregateType AND aggregate_id = @aggregateId";

    /// <summary>Appends one event. Returns the event id.</summary>
    public async Task<string> AppendAsync(string type, string aggregateType, string aggregateId, long aggregateVersion,
        object payload, CancellationToken cancellationToken = default)
    {
        var id = await AppendAsync(RequireTransaction(), session.Dialect, type, aggregateType, aggregateId, aggregateVersion, payload,
            clock.GetUtcNow().UtcDateTime, cancellationToken);
        session.OnCommitted(signal.Notify);
        return id;
    }

    /// <summary>Appends several events in one command (one round trip), in list order.</summary>
    public async Task AppendAsync(IReadOnlyList<OutboxEntry> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0) return;
        var transaction = RequireTransaction();
        var sql = new System.Text.StringBuilder();
        var parameters = new DynamicParameters();
        var occurred = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < events.Count; i++)
        {
            sql.AppendLine(InsertTemplate.Replace("#", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (!session.Dialect.IsPostgres) sql.AppendLine(PositionSqlite);
            var entry = events[i];
            parameters.Add($"id{i}", TStream.NewEventId());
            parameters.Add($"type{i}", entry.Type);
            parameters.Add($"aggregateType{i}", entry.AggregateType);
            parameters.Add($"aggregateId{i}", entry.AggregateId);
            parameters.Add($"aggregateVersion{i}", entry.AggregateVersion);
            parameters.Add($"payload{i}", JsonSerializer.Serialize(entry.Payload, Json));
        }
        parameters.Add("occurred", occurred);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        session.OnCommitted(signal.Notify);
    }

    /// <summary>
    /// The version an aggregate that keeps no version of its own gets for its next event: one past its last event's.
    /// </summary>
    public Task<long> NextVersionAsync(string aggregateType, string aggregateId, CancellationToken cancellationToken = default) =>
        NextVersionAsync(RequireTransaction(), aggregateType, aggregateId, cancellationToken);

    /// <summary>Appends one event in a transaction the caller owns (a writer outside any tenant's unit of work).</summary>
    public static async Task<string> AppendAsync(DbTransaction transaction, SqlDialect dialect, string type, string aggregateType,
        string aggregateId, long aggregateVersion, object payload, DateTime occurredUtc, CancellationToken cancellationToken = default)
    {
        var id = TStream.NewEventId();
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(dialect.IsPostgres ? Insert : Insert + PositionSqlite, new
        {
            id, type, aggregateType, aggregateId, aggregateVersion,
            payload = JsonSerializer.Serialize(payload, Json), occurred = occurredUtc,
        }, transaction, cancellationToken: cancellationToken));
        return id;
    }

    public static async Task<long> NextVersionAsync(DbTransaction transaction, string aggregateType, string aggregateId,
        CancellationToken cancellationToken = default)
    {
        var last = await transaction.Connection!.ExecuteScalarAsync<long?>(new CommandDefinition(LastVersion,
            new { aggregateType, aggregateId }, transaction, cancellationToken: cancellationToken));
        return (last ?? 0) + 1;
    }

    private DbTransaction RequireTransaction() => session.Transaction
        ?? throw new InvalidOperationException("Outbox events must be written inside the unit of work of their change.");
}
