using OrchardCommerce.Migrations;

namespace OrchardCommerce.Sync.Links;

/// <summary>
/// One link per product to its ProductContent item, with the last commerce version mirrored into it, and a log row
/// per applied mirror write: the receiving side's count of what the sync applied (a replay must add none).
/// </summary>
public sealed class SyncMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Sync";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync($"""
                CREATE TABLE sync_product_links (
                    product_id TEXT NOT NULL PRIMARY KEY,
                    content_item_id TEXT NOT NULL UNIQUE,
                    commerce_version {d.BigInt} NOT NULL,
                    archived {d.Bool} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE sync_mirror_log (
                    id {d.IdentityKey},
                    product_id TEXT NOT NULL,
                    commerce_version {d.BigInt} NOT NULL,
                    action TEXT NOT NULL,
                    applied_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_sync_mirror_log_product ON sync_mirror_log (product_id, commerce_version)");
        }),
        // What each reconciliation run found, as the daemon reports it.
        new(2, context => context.ExecuteAsync($"""
            CREATE TABLE sync_reconciliations (
                id {context.Dialect.IdentityKey},
                started_utc {context.Dialect.DateTime} NOT NULL,
                finished_utc {context.Dialect.DateTime} NOT NULL,
                trigger_name TEXT NOT NULL,
                checked {context.Dialect.BigInt} NOT NULL,
                drifted {context.Dialect.BigInt} NOT NULL,
                report {context.Dialect.Json} NOT NULL)
            """)),
        // Stock is mirrored too, and changes without a new product version: the stock version orders those writes.
        new(3, async context =>
        {
            await context.ExecuteAsync($"ALTER TABLE sync_product_links ADD COLUMN stock_version {context.Dialect.BigInt} NOT NULL DEFAULT 0");
            await context.ExecuteAsync($"ALTER TABLE sync_mirror_log ADD COLUMN stock_version {context.Dialect.BigInt} NOT NULL DEFAULT 0");
        }),
    ];
}
