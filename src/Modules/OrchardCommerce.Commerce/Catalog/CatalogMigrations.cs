using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Catalog and stock tables. Money is an integer of the currency's minor units (no floating point anywhere);
/// the CHECK constraints on stock are the last line against overselling, behind the conditional updates.
/// </summary>
public sealed class CatalogMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Catalog";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_products (
                    id TEXT NOT NULL PRIMARY KEY,
                    handle TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    description TEXT NULL,
                    status TEXT NOT NULL,
                    version {d.BigInt} NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_product_options (
                    product_id TEXT NOT NULL REFERENCES commerce_products (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    option_values {d.Json} NOT NULL,
                    PRIMARY KEY (product_id, position))
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_variants (
                    id TEXT NOT NULL PRIMARY KEY,
                    product_id TEXT NOT NULL REFERENCES commerce_products (id) ON DELETE CASCADE,
                    sku TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    options {d.Json} NOT NULL,
                    position INTEGER NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_variants_product ON commerce_variants (product_id, position)");
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_variant_prices (
                    variant_id TEXT NOT NULL REFERENCES commerce_variants (id) ON DELETE CASCADE,
                    currency TEXT NOT NULL,
                    amount {d.BigInt} NOT NULL CHECK (amount >= 0),
                    PRIMARY KEY (variant_id, currency))
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_categories (
                    id TEXT NOT NULL PRIMARY KEY,
                    handle TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    parent_id TEXT NULL REFERENCES commerce_categories (id) ON DELETE SET NULL,
                    position INTEGER NOT NULL)
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_collections (
                    id TEXT NOT NULL PRIMARY KEY,
                    handle TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL)
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_product_categories (
                    product_id TEXT NOT NULL REFERENCES commerce_products (id) ON DELETE CASCADE,
                    category_id TEXT NOT NULL REFERENCES commerce_categories (id) ON DELETE CASCADE,
                    PRIMARY KEY (product_id, category_id))
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_product_collections (
                    product_id TEXT NOT NULL REFERENCES commerce_products (id) ON DELETE CASCADE,
                    collection_id TEXT NOT NULL REFERENCES commerce_collections (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (product_id, collection_id))
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_locations (
                    id TEXT NOT NULL PRIMARY KEY,
                    handle TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL)
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_inventory_levels (
                    variant_id TEXT NOT NULL REFERENCES commerce_variants (id) ON DELETE CASCADE,
                    location_id TEXT NOT NULL REFERENCES commerce_locations (id) ON DELETE CASCADE,
                    on_hand {d.BigInt} NOT NULL,
                    reserved {d.BigInt} NOT NULL,
                    version {d.BigInt} NOT NULL,
                    PRIMARY KEY (variant_id, location_id),
                    CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand))
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_reservations (
                    id TEXT NOT NULL PRIMARY KEY,
                    variant_id TEXT NOT NULL,
                    location_id TEXT NOT NULL,
                    quantity {d.BigInt} NOT NULL CHECK (quantity > 0),
                    order_id TEXT NULL,
                    status TEXT NOT NULL,
                    expires_utc {d.DateTime} NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    FOREIGN KEY (variant_id, location_id) REFERENCES commerce_inventory_levels (variant_id, location_id) ON DELETE CASCADE)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_reservations_variant ON commerce_reservations (variant_id, status, expires_utc)");
            await context.ExecuteAsync("CREATE INDEX ix_commerce_reservations_order ON commerce_reservations (order_id)");
        }),
    ];
}
