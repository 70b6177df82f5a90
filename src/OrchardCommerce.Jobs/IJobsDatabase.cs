using System.Data.Common;

namespace OrchardCommerce.Jobs;

/// <summary>
/// The jobs database for tables of the daemon's own that belong beside its jobs (a webhook delivery log, say): the
/// provider, connections, and numbered migrations kept per owner, apart from the engine's, so an owner's steps never
/// collide with the engine's numbering. Write SQL both providers accept; "{Id}" in a step is the identity key DDL.
/// </summary>
public interface IJobsDatabase
{
    JobsStorageProvider Provider { get; }

    /// <summary>An open connection (PostgreSQL: the jobs schema on the search path). Dispose it.</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken ct = default);

    /// <summary>
    /// This process's turn to write: take it before opening a write's connection, dispose it after. On SQLite (one
    /// writer) this process's writers queue here instead of failing busy and sleeping in the driver's retry; null on
    /// PostgreSQL.
    /// </summary>
    ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct = default);

    /// <summary>
    /// Applies the <paramref name="steps"/> of <paramref name="owner"/> not yet applied, in order, after the engine's
    /// own migrations; once per process and owner (later calls return the first call's task).
    /// </summary>
    Task MigrateAsync(string owner, IReadOnlyList<string> steps, CancellationToken ct = default);
}
