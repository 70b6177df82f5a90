using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Store;

/// <summary>The store's own settings: one row, its branding copied from the tenant's published Branding item by the sync.</summary>
public sealed class StoreMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Store";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, context => context.ExecuteAsync($"""
            CREATE TABLE commerce_store_settings (
                id INTEGER NOT NULL PRIMARY KEY,
                site_name TEXT NULL,
                tagline TEXT NULL,
                primary_color TEXT NULL,
                secondary_color TEXT NULL,
                accent_color TEXT NULL,
                logo TEXT NULL,
                branding_version {context.Dialect.BigInt} NOT NULL,
                updated_utc {context.Dialect.DateTime} NOT NULL)
            """)),
    ];
}
