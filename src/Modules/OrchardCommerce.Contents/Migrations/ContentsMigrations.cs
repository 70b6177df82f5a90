using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Migrations;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Contents.Migrations;

/// <summary>Definitions as JSON documents, one row per content item version, the route index and the content outbox.</summary>
public sealed class ContentsMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Contents";

    public IReadOnlyList<MigrationStep> Steps { get; } = [
        new(1, CreateAsync), new(2, AddGenerationAsync), new(3, context => OutboxSchema.CreateAsync(context, ContentStream.Table)),
    ];

    private static async Task CreateAsync(MigrationContext context)
    {
        var d = context.Dialect;
        await context.ExecuteAsync($"""
            CREATE TABLE content_type_definitions (
                name TEXT NOT NULL PRIMARY KEY,
                position {d.BigInt} NOT NULL,
                data {d.Json} NOT NULL)
            """);
        await context.ExecuteAsync($"""
            CREATE TABLE content_part_definitions (
                name TEXT NOT NULL PRIMARY KEY,
                position {d.BigInt} NOT NULL,
                data {d.Json} NOT NULL)
            """);
        await context.ExecuteAsync($"""
            CREATE TABLE content_items (
                document_id {d.IdentityKey},
                content_item_id TEXT NOT NULL,
                content_item_version_id TEXT NOT NULL UNIQUE,
                content_type TEXT NOT NULL,
                display_text TEXT NULL,
                latest {d.Bool} NOT NULL,
                published {d.Bool} NOT NULL,
                owner TEXT NULL,
                author TEXT NULL,
                created_utc {d.DateTime} NULL,
                modified_utc {d.DateTime} NULL,
                published_utc {d.DateTime} NULL,
                data {d.Json} NOT NULL)
            """);
        await context.ExecuteAsync("CREATE INDEX ix_content_items_item ON content_items (content_item_id)");
        await context.ExecuteAsync("CREATE INDEX ix_content_items_type_published ON content_items (content_type, published)");
        await context.ExecuteAsync("CREATE INDEX ix_content_items_type_latest ON content_items (content_type, latest)");
        // One row per current (latest or published) version that has a path; history versions leave the index.
        await context.ExecuteAsync($"""
            CREATE TABLE autoroute_index (
                content_item_version_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL,
                path TEXT NOT NULL,
                set_homepage {d.Bool} NOT NULL,
                latest {d.Bool} NOT NULL,
                published {d.Bool} NOT NULL)
            """);
        await context.ExecuteAsync("CREATE INDEX ix_autoroute_index_path ON autoroute_index (path)");
        await context.ExecuteAsync("CREATE INDEX ix_autoroute_index_item ON autoroute_index (content_item_id)");
    }

    // The counter that tells cached published content from stale (see ContentGeneration).
    private static async Task AddGenerationAsync(MigrationContext context)
    {
        await context.ExecuteAsync($"CREATE TABLE content_generation (id INTEGER NOT NULL PRIMARY KEY, value {context.Dialect.BigInt} NOT NULL)");
        await context.ExecuteAsync("INSERT INTO content_generation (id, value) VALUES (1, 0)");
    }
}
