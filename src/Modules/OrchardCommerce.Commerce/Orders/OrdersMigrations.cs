using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// Carts, orders and idempotency keys. Orders copy what they sold (sku, title, unit price) instead of pointing at
/// the catalog, so a later price change or a deleted product never rewrites a placed order.
/// </summary>
public sealed class OrdersMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Orders";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_carts (
                    id TEXT NOT NULL PRIMARY KEY,
                    currency TEXT NOT NULL,
                    email TEXT NULL,
                    status TEXT NOT NULL,
                    order_id TEXT NULL,
                    version {d.BigInt} NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_cart_lines (
                    id TEXT NOT NULL PRIMARY KEY,
                    cart_id TEXT NOT NULL REFERENCES commerce_carts (id) ON DELETE CASCADE,
                    variant_id TEXT NOT NULL,
                    sku TEXT NOT NULL,
                    quantity {d.BigInt} NOT NULL CHECK (quantity > 0),
                    unit_price {d.BigInt} NOT NULL,
                    created_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_cart_lines_cart ON commerce_cart_lines (cart_id, created_utc)");
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_orders (
                    id TEXT NOT NULL PRIMARY KEY,
                    token TEXT NOT NULL UNIQUE,
                    cart_id TEXT NOT NULL,
                    email TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    status TEXT NOT NULL,
                    payment_status TEXT NOT NULL,
                    fulfillment_status TEXT NOT NULL,
                    subtotal {d.BigInt} NOT NULL,
                    tax {d.BigInt} NOT NULL,
                    shipping {d.BigInt} NOT NULL,
                    total {d.BigInt} NOT NULL,
                    payment_provider TEXT NOT NULL,
                    payment_token TEXT NOT NULL,
                    payment_id TEXT NULL,
                    refunded_total {d.BigInt} NOT NULL,
                    process_instance_key TEXT NULL,
                    current_step TEXT NULL,
                    version {d.BigInt} NOT NULL,
                    placed_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_orders_placed ON commerce_orders (placed_utc)");
            await context.ExecuteAsync("CREATE INDEX ix_commerce_orders_email ON commerce_orders (email)");
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_order_lines (
                    order_id TEXT NOT NULL REFERENCES commerce_orders (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    variant_id TEXT NOT NULL,
                    sku TEXT NOT NULL,
                    title TEXT NOT NULL,
                    quantity {d.BigInt} NOT NULL,
                    unit_price {d.BigInt} NOT NULL,
                    line_total {d.BigInt} NOT NULL,
                    PRIMARY KEY (order_id, position))
                """);
            await context.ExecuteAsync("""
                CREATE TABLE commerce_order_addresses (
                    order_id TEXT NOT NULL REFERENCES commerce_orders (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    line1 TEXT NOT NULL,
                    line2 TEXT NULL,
                    city TEXT NOT NULL,
                    postal_code TEXT NOT NULL,
                    country TEXT NOT NULL,
                    PRIMARY KEY (order_id, kind))
                """);
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_order_history (
                    id {d.IdentityKey},
                    order_id TEXT NOT NULL REFERENCES commerce_orders (id) ON DELETE CASCADE,
                    field TEXT NOT NULL,
                    from_value TEXT NULL,
                    to_value TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    occurred_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_order_history_order ON commerce_order_history (order_id, id)");
            // One row per key: the primary key is what makes concurrent retries of one checkout place one order.
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_idempotency_keys (
                    key TEXT NOT NULL PRIMARY KEY,
                    request_hash TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    created_utc {d.DateTime} NOT NULL)
                """);
        }),
    ];
}
