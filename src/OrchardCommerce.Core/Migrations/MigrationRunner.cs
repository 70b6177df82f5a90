using Dapper;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Data;

namespace OrchardCommerce.Migrations;

/// <summary>Brings a tenant database up to date when its shell starts: each pending step, in its own transaction.</summary>
public sealed class MigrationRunner(TenantDatabase database, IEnumerable<IDataMigration> migrations, ILogger<MigrationRunner> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Under the same lock as the steps: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent
        // one (the loser fails on pg_type's unique index), and two shells of one tenant can start at once.
        var (connection, transaction) = await database.BeginAsync(cancellationToken);
        await using (connection)
        await using (transaction)
        {
            if (database.Dialect.IsPostgres)
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext('oc_migrations'))", transaction: transaction);
            await connection.ExecuteAsync($"""
                CREATE TABLE IF NOT EXISTS oc_migrations (
                    module TEXT NOT NULL PRIMARY KEY,
                    version INTEGER NOT NULL,
                    applied_utc {database.Dialect.DateTime} NOT NULL)
                """, transaction: transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var migration in migrations)
            await RunAsync(migration, cancellationToken);
    }

    private async Task RunAsync(IDataMigration migration, CancellationToken cancellationToken)
    {
        foreach (var step in migration.Steps.OrderBy(s => s.Version))
        {
            var (connection, transaction) = await database.BeginAsync(cancellationToken);
            await using (connection)
            await using (transaction)
            {
                // Two processes starting one tenant at once: the lock (PostgreSQL) or the write lock SQLite's
                // immediate transaction takes makes the second one see the first one's step as applied.
                if (database.Dialect.IsPostgres)
                    await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext('oc_migrations'))", transaction: transaction);
                var current = await connection.ExecuteScalarAsync<int?>(
                    "SELECT version FROM oc_migrations WHERE module = @module", new { module = migration.Module }, transaction) ?? 0;
                if (step.Version <= current) continue;
                await step.ApplyAsync(new MigrationContext(connection, transaction, database.Dialect));
                await connection.ExecuteAsync("""
                    INSERT INTO oc_migrations (module, version, applied_utc) VALUES (@module, @version, @now)
                    ON CONFLICT (module) DO UPDATE SET version = excluded.version, applied_utc = excluded.applied_utc
                    """, new { module = migration.Module, version = step.Version, now = DateTime.UtcNow }, transaction);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied {Module} migration {Version} on {Database}", migration.Module, step.Version, database.Description);
            }
        }
    }
}
