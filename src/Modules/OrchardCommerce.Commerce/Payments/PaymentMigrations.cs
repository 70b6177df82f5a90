using OrchardCommerce.Migrations;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// Payments, refunds, webhook receipts and the tenant's webhook secret. One payment per order (unique order_id):
/// the insert that claims it is also the lock that keeps two concurrent verifications from charging twice.
/// </summary>
public sealed class PaymentMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Commerce.Payments";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_payments (
                    id TEXT NOT NULL PRIMARY KEY,
                    order_id TEXT NOT NULL UNIQUE,
                    provider TEXT NOT NULL,
                    status TEXT NOT NULL,
                    amount {d.BigInt} NOT NULL CHECK (amount >= 0),
                    refunded_amount {d.BigInt} NOT NULL DEFAULT 0,
                    currency TEXT NOT NULL,
                    provider_reference TEXT NULL,
                    failure_reason TEXT NULL,
                    version {d.BigInt} NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL,
                    CHECK (refunded_amount >= 0 AND refunded_amount <= amount))
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_payments_reference ON commerce_payments (provider, provider_reference)");
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_refunds (
                    id TEXT NOT NULL PRIMARY KEY,
                    payment_id TEXT NOT NULL REFERENCES commerce_payments (id) ON DELETE CASCADE,
                    order_id TEXT NOT NULL,
                    amount {d.BigInt} NOT NULL CHECK (amount > 0),
                    reason TEXT NULL,
                    provider_reference TEXT NULL,
                    created_utc {d.DateTime} NOT NULL)
                """);
            await context.ExecuteAsync("CREATE INDEX ix_commerce_refunds_payment ON commerce_refunds (payment_id)");
            // Event ids are unique per provider, not across providers, hence the pair.
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_webhook_receipts (
                    provider TEXT NOT NULL,
                    event_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    received_utc {d.DateTime} NOT NULL,
                    PRIMARY KEY (provider, event_id))
                """);
            // A single row: secrets live in the tenant database, never in configuration files.
            await context.ExecuteAsync($"""
                CREATE TABLE commerce_payment_settings (
                    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                    webhook_secret TEXT NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
        }),
    ];
}
