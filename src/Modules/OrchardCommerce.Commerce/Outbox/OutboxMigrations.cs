using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Outbox;

/// <summary>
/// The outbox doubles as the change feed: <c>sequence</c> is the feed cursor, and rows are kept (not deleted on
/// delivery) because every consumer keeps its own cursor.
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
    ];
}
