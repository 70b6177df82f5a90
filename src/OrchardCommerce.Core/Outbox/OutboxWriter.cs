using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
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
    // '#' becomes the entry's index, so several inserts share one command.
    private static readonly string Insert = $"""
        INSERT INTO {TStream.Table} (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc)
        VALUES (@id#, @type#, @aggregateType#, @aggregateId#, @aggregateVersion#, @payload#, @occurred);
        """;
    private static readonly string PositionSqlite = $"UPDATE {TStream.Table} SET position = sequence WHERE sequence = last_insert_rowid();";
    private static readonly string LastVersion =
        $"SELECT MAX(aggregate_version) FROM {TStream.Table} WHERE aggregate_type = @aggregateType AND aggregate_id = @aggregateId";

    // Per schema, since tenants share one database in schemas; a hash collision only makes two aggregates take turns.
    private const string AggregateLock = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || @key, 0))";

    /// <summary>Appends one event. Returns the event id.</summary>
    public async Task<string> AppendAsync(string type, string aggregateType, string aggregateId, long aggregateVersion,
        object payload, CancellationToken cancellationToken = default) =>
        (await AppendAsync([new OutboxEntry(type, aggregateType, aggregateId, aggregateVersion, payload)], cancellationToken))[0];

    /// <summary>Appends several events in one command (one round trip), in list order. Returns their ids.</summary>
    public async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<OutboxEntry> events, CancellationToken cancellationToken = default)
    {
        var ids = await AppendAsync(RequireTransaction(), session.Dialect, events, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (ids.Count > 0) session.OnCommitted(signal.Notify);
        return ids;
    }

    /// <summary>
    /// The version an aggregate that keeps no version of its own gets for its next event: one past its last event's.
    /// </summary>
    public Task<long> NextVersionAsync(string aggregateType, string aggregateId, CancellationToken cancellationToken = default) =>
        NextVersionAsync(RequireTransaction(), aggregateType, aggregateId, cancellationToken);

    /// <summary>Appends one event in a transaction the caller owns (a writer outside any tenant's unit of work).</summary>
    public static async Task<string> AppendAsync(DbTransaction transaction, SqlDialect dialect, string type, string aggregateType,
        string aggregateId, long aggregateVersion, object payload, DateTime occurredUtc, CancellationToken cancellationToken = default) =>
        (await AppendAsync(transaction, dialect, [new OutboxEntry(type, aggregateType, aggregateId, aggregateVersion, payload)], occurredUtc,
            cancellationToken))[0];

    /// <summary>
    /// The statements appending <paramref name="events"/>, for a command the caller sends in this unit of work (its
    /// values go into <paramref name="parameters"/>, their names starting with <paramref name="prefix"/>). Returns the
    /// SQL; the feed's readers are woken when the work commits.
    /// </summary>
    public string AppendSql(IReadOnlyList<OutboxEntry> events, SqlParameters parameters, string prefix)
    {
        RequireTransaction();
        var (sql, _) = Build(session.Dialect, events, clock.GetUtcNow().UtcDateTime, parameters, prefix);
        if (events.Count > 0) session.OnCommitted(signal.Notify);
        return sql;
    }

    private static async Task<IReadOnlyList<string>> AppendAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<OutboxEntry> events,
        DateTime occurredUtc, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return [];
        var parameters = new SqlParameters();
        var (sql, ids) = Build(dialect, events, occurredUtc, parameters, "");
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        return ids;
    }

    private static (string Sql, IReadOnlyList<string> Ids) Build(SqlDialect dialect, IReadOnlyList<OutboxEntry> events, DateTime occurredUtc,
        SqlParameters parameters, string prefix)
    {
        var sql = new StringBuilder();
        parameters.Add($"{prefix}occurred", occurredUtc);
        var ids = new List<string>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var (entry, id) = (events[i], TStream.NewEventId());
            sql.AppendLine(Insert.Replace("#", i.ToString(CultureInfo.InvariantCulture)).Replace("@", "@" + prefix));
            if (!dialect.IsPostgres) sql.AppendLine(PositionSqlite);
            parameters.Add($"{prefix}id{i}", id).Add($"{prefix}type{i}", entry.Type).Add($"{prefix}aggregateType{i}", entry.AggregateType)
                .Add($"{prefix}aggregateId{i}", entry.AggregateId).Add($"{prefix}aggregateVersion{i}", entry.AggregateVersion)
                .Add($"{prefix}payload{i}", entry.Payload is RawJsonPayload raw ? raw.Json : JsonSerializer.Serialize(entry.Payload, Json));
            ids.Add(id);
        }
        return (sql.ToString(), ids);
    }

    public static async Task<long> NextVersionAsync(DbTransaction transaction, string aggregateType, string aggregateId,
        CancellationToken cancellationToken = default)
    {
        var connection = transaction.Connection!;
        // Two PostgreSQL transactions would both read the same last version and write the next one twice, so writers
        // of one aggregate take turns until commit. The lock is its own statement: under READ COMMITTED the read that
        // follows takes its snapshot after the wait and so sees the previous writer's event. SQLite has one writer.
        if (connection is NpgsqlConnection)
            await connection.ExecuteAsync(new CommandDefinition(AggregateLock,
                new { key = $"{TStream.Table}:{aggregateType}:{aggregateId}" }, transaction, cancellationToken: cancellationToken));
        var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(LastVersion,
            new { aggregateType, aggregateId }, transaction, cancellationToken: cancellationToken));
        return (last ?? 0) + 1;
    }

    private DbTransaction RequireTransaction() => session.Transaction
        ?? throw new InvalidOperationException("Outbox events must be written inside the unit of work of their change.");
}
