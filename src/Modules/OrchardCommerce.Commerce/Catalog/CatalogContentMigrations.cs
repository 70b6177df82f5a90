using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// The product fields the ProductContent item owns (SEO, media; description predates it), mirrored here by the sync
/// daemon. content_version is the content item's version last applied, so stale or replayed events change nothing.
/// </summary>
public sealed class CatalogContentMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Catalog.Content";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync("ALTER TABLE commerce_products ADD COLUMN seo_title TEXT NULL");
            await context.ExecuteAsync("ALTER TABLE commerce_products ADD COLUMN seo_description TEXT NULL");
            // A JSON array of media paths, kept as text like every other JSON column.
            await context.ExecuteAsync($"ALTER TABLE commerce_products ADD COLUMN media {d.Json} NOT NULL DEFAULT '[]'");
            await context.ExecuteAsync($"ALTER TABLE commerce_products ADD COLUMN content_version {d.BigInt} NOT NULL DEFAULT 0");
        }),
    ];
}
