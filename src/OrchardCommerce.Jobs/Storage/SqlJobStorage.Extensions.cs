using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>Other owners' tables in the jobs database (<see cref="IJobsDatabase"/>).</summary>
internal abstract partial class SqlJobStorage : IJobsDatabase
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _ownerMigrations = new(StringComparer.Ordinal);

    public abstract JobsStorageProvider Provider { get; }

    // Owners write on it too (in their turn).
    ValueTask<DbConnection> IJobsDatabase.OpenAsync(CancellationToken ct) => OpenForWritesAsync(ct);

    public Task MigrateAsync(string owner, IReadOnlyList<string> steps, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var run = _ownerMigrations.AddOrUpdate(owner,
            _ => new Lazy<Task>(() => RunOwnerMigrationsAsync(owner, steps)),
            (_, existing) => existing.Value.IsFaulted || existing.Value.IsCanceled ? new Lazy<Task>(() => RunOwnerMigrationsAsync(owner, steps)) : existing);
        return run.Value.WaitAsync(ct);
    }

    private async Task RunOwnerMigrationsAsync(string owner, IReadOnlyList<string> steps)
    {
        await MigrateAsync(CancellationToken.None);
        await using var turn = await BeginTurnAsync(CancellationToken.None);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, CancellationToken.None);
        // The engine's lock (PostgreSQL) or SQLite's immediate transaction: two processes starting at once apply each step once.
        await PrepareMigrationAsync(connection, transaction);
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS jobs_owner_migrations (
                owner TEXT NOT NULL, version INTEGER NOT NULL, applied_utc BIGINT NOT NULL, PRIMARY KEY (owner, version))
            """, transaction: transaction);
        var applied = await connection.ExecuteScalarAsync<long?>(
            "SELECT max(version) FROM jobs_owner_migrations WHERE owner = @owner", new { owner }, transaction) ?? 0;
        for (var version = (int)applied + 1; version <= steps.Count; version++)
        {
            await connection.ExecuteAsync(steps[version - 1].Replace("{Id}", IdentityDdl), transaction: transaction);
            await connection.ExecuteAsync("INSERT INTO jobs_owner_migrations (owner, version, applied_utc) VALUES (@owner, @version, @now)",
                new { owner, version, now = UnixMs.From(DateTime.UtcNow) }, transaction);
        }
        await transaction.CommitAsync();
    }
}
