using OrchardCommerce.Migrations;

namespace OrchardCommerce.Webhooks.Migrations;

/// <summary>
/// The tenant's webhook subscriptions. Events are a JSON list of names and wildcards; the secret is kept in the tenant
/// database (never in configuration), so each tenant's subscriptions sign with their own keys.
/// </summary>
public sealed class WebhooksMigrations : IDataMigration
{
    public string Module => "OrchardCommerce.Webhooks";

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            var d = context.Dialect;
            await context.ExecuteAsync($"""
                CREATE TABLE webhook_subscriptions (
                    id TEXT NOT NULL PRIMARY KEY,
                    url TEXT NOT NULL,
                    events {d.Json} NOT NULL,
                    secret TEXT NOT NULL,
                    active {d.Bool} NOT NULL,
                    created_utc {d.DateTime} NOT NULL,
                    updated_utc {d.DateTime} NOT NULL)
                """);
        }),
    ];
}
