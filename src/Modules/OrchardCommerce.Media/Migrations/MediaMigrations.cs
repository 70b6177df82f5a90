using OrchardCommerce.Migrations;

namespace OrchardCommerce.Media.Migrations;

/// <summary>
/// Media lives in the tenant database, not on disk: Cms.Web replicas on PostgreSQL share it, and a recipe's media
/// step commits or rolls back with the recipe's other steps.
/// </summary>
public sealed class MediaMigrations : IDataMigration
{
    public string Module => Manifest.Value.Id;

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, context => context.ExecuteAsync($"""
            CREATE TABLE media_files (
                path TEXT NOT NULL PRIMARY KEY,
                content_type TEXT NOT NULL,
                length {context.Dialect.BigInt} NOT NULL,
                sha256 TEXT NOT NULL,
                data {context.Dialect.Blob} NOT NULL,
                modified_utc {context.Dialect.DateTime} NOT NULL)
            """)),
    ];
}
