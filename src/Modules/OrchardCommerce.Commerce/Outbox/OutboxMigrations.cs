using OrchardCommerce.Migrations;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Outbox;

/// <summary>
/// The outbox doubles as the change feed: <c>position</c> is the feed cursor (<c>sequence</c> is only the insert
/// number), and rows are kept (not deleted on delivery) because every consumer keeps its own cursor.
/// </summary>
public sealed class OutboxMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Outbox";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_events (
                    sequence {context.Dialect.IdentityKey},
                    id TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL,
                    aggregate_type TEXT NOT NULL,
                    aggregate_id TEXT NOT NULL,
                    aggregate_version {context.Dialect.BigInt} NOT NULL,
                    payload {context.Dialect.Json} NOT NULL,
                    occurred_utc {context.Dialect.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_events_aggregate ON commerce_events (aggregate_type, aggregate_id, aggregate_version)");
        }),
        new(2, async context =>
        {
            // Rows written so far committed in sequence order (under the writers' lock, or SQLite's single writer),
            // so their sequence is a valid position and the cursors consumers hold stay valid.
            await context.ExecuteAsync($"ALTER TABLE commerce_events ADD COLUMN position {context.Dialect.BigInt}");
            await context.ExecuteAsync("UPDATE commerce_events SET position = sequence");
            await context.ExecuteAsync("CREATE UNIQUE INDEX ux_commerce_events_position ON commerce_events (position)");
            if (context.Dialect.IsPostgres) await OutboxSchema.AddSequencingAsync(context, CommerceStream.Table);
        }),
    ];
}
