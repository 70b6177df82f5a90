using OrchardCommerce.Migrations;
using OrchardCommerce.Users.Security;

namespace OrchardCommerce.Users.Migrations;

/// <summary>Users, roles, their link, and API tokens; seeds the built-in roles.</summary>
internal sealed class UsersMigrations : IDataMigration
{
    public string Module => Manifest.Value.Id;

    public IReadOnlyList<MigrationStep> Steps => [new(1, CreateAsync)];

    private static async Task CreateAsync(MigrationContext context)
    {
        var d = context.Dialect;
        await context.ExecuteAsync($"""
            CREATE TABLE users (
                id {d.IdentityKey},
                user_name TEXT NOT NULL,
                normalized_user_name TEXT NOT NULL UNIQUE,
                email TEXT NULL,
                normalized_email TEXT NULL,
                email_confirmed {d.Bool} NOT NULL,
                password_hash TEXT NULL,
                security_stamp TEXT NULL,
                lockout_enabled {d.Bool} NOT NULL,
                lockout_end_utc {d.DateTime} NULL,
                access_failed_count INTEGER NOT NULL,
                created_utc {d.DateTime} NOT NULL)
            """);
        await context.ExecuteAsync("CREATE INDEX ix_users_normalized_email ON users (normalized_email)");
        await context.ExecuteAsync($"""
            CREATE TABLE roles (
                id {d.IdentityKey},
                name TEXT NOT NULL,
                normalized_name TEXT NOT NULL UNIQUE)
            """);
        await context.ExecuteAsync($"""
            CREATE TABLE user_roles (
                user_id {d.BigInt} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                role_id {d.BigInt} NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
                PRIMARY KEY (user_id, role_id))
            """);
        await context.ExecuteAsync($"""
            CREATE TABLE api_tokens (
                id {d.IdentityKey},
                user_id {d.BigInt} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_utc {d.DateTime} NOT NULL,
                expires_utc {d.DateTime} NOT NULL,
                last_used_utc {d.DateTime} NULL)
            """);
        foreach (var role in RolePermissions.BuiltInRoles)
            await context.ExecuteAsync("INSERT INTO roles (name, normalized_name) VALUES (@name, @normalized)",
                new { name = role, normalized = role.ToUpperInvariant() });
    }
}
