using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Variants get their own version: price.changed events are per variant (aggregate "variant"), and the daemon
/// drops a price event whose version is not newer than the last one it applied.
/// </summary>
public sealed class CatalogVariantMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Catalog.Variants";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            await context.ExecuteAsync($"ALTER TABLE commerce_variants ADD COLUMN version {context.Dialect.BigInt} NOT NULL DEFAULT 1");
            // Lists filter by status and page by id; the store lists active products only.
            await context.ExecuteAsync("CREATE INDEX ix_commerce_products_status ON commerce_products (status, id)");
        }),
    ];
}
