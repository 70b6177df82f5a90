using OrchardCommerce.Migrations;

namespace OrchardCommerce.Outbox;

/// <summary>
/// The events table an outbox stream writes and its feed reads. <c>position</c> is the feed cursor (<c>sequence</c> is
/// only the insert number), and rows are kept after delivery because every consumer keeps its own cursor.
/// </summary>
public static class OutboxSchema
{
    public static async Task CreateAsync(MigrationContext context, string table)
    {
        await context.ExecuteAsync($"""
            CREATE TABLE {table} (
                sequence {context.Dialect.IdentityKey},
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                aggregate_type TEXT NOT NULL,
                aggregate_id TEXT NOT NULL,
                aggregate_version {context.Dialect.BigInt} NOT NULL,
                payload {context.Dialect.Json} NOT NULL,
                occurred_utc {context.Dialect.DateTime} NOT NULL,
                position {context.Dialect.BigInt})
            """);
        await context.ExecuteAsync($"CREATE INDEX ix_{table}_aggregate ON {table} (aggregate_type, aggregate_id, aggregate_version)");
        await context.ExecuteAsync($"CREATE UNIQUE INDEX ux_{table}_position ON {table} (position)");
        if (!context.Dialect.IsPostgres) return;
        await AddSequencingAsync(context, table);
    }

    /// <summary>
    /// PostgreSQL writers leave position NULL; <see cref="OutboxSequencer"/> numbers committed events from this sequence,
    /// continuing after the rows already there.
    /// </summary>
    public static async Task AddSequencingAsync(MigrationContext context, string table)
    {
        await context.ExecuteAsync($"CREATE INDEX ix_{table}_unpositioned ON {table} (sequence) WHERE position IS NULL");
        await context.ExecuteAsync($"CREATE SEQUENCE {table}_position");
        await context.ExecuteAsync($"SELECT setval('{table}_position', COALESCE(MAX(sequence), 0) + 1, false) FROM {table}");
    }
}
