using System.Data.Common;
using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// SQL both providers accept (lower-case names, ON CONFLICT, RETURNING, LIMIT/OFFSET). The drivers supply
/// connections, the write transaction, the identity DDL, and faster batch paths where PostgreSQL has them.
/// </summary>
internal abstract partial class SqlJobStorage : IJobStorage
{
    private readonly Lock _migrateGate = new();
    private Task? _migrated;

    protected abstract string IdentityDdl { get; }

    /// <summary>A connection for reads (this storage's writes use <see cref="BeginTurnAsync"/>).</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>A connection another owner's writes may use too (<see cref="IJobsDatabase.OpenAsync"/>).</summary>
    protected virtual ValueTask<DbConnection> OpenForWritesAsync(CancellationToken ct) => OpenAsync(ct);

    /// <summary>
    /// Every write waits here first and disposes the turn after its connection: on SQLite this process's writers queue
    /// (see <see cref="SqliteWriteGate"/>); PostgreSQL needs no turn (null).
    /// </summary>
    public virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>
    /// A write's turn (<see cref="EnterWriteAsync"/>) and the connection to write on, both released when it is disposed,
    /// after the write's transaction.
    /// </summary>
    protected sealed class WriteTurn(IDisposable? turn, DbConnection connection, bool kept) : IAsyncDisposable
    {
        public DbConnection Connection => connection;

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!kept) await connection.DisposeAsync();
            }
            finally
            {
                turn?.Dispose();
            }
        }
    }

    protected async ValueTask<WriteTurn> BeginTurnAsync(CancellationToken ct)
    {
        var turn = await EnterWriteAsync(ct);
        try
        {
            var (connection, kept) = await OpenWriterAsync(ct);
            return new WriteTurn(turn, connection, kept);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    /// <summary>The connection a write uses in its turn; Kept: it stays open for the next turn (SQLite's one writer).</summary>
    protected virtual async ValueTask<(DbConnection Connection, bool Kept)> OpenWriterAsync(CancellationToken ct) => (await OpenAsync(ct), false);

    /// <summary>Appended to a SELECT that a write in the same transaction depends on (PostgreSQL: FOR UPDATE; SQLite has one writer).</summary>
    protected virtual string RowLock => "";

    /// <summary>SQLite: BEGIN IMMEDIATE, so the one writer is chosen up front instead of failing on lock upgrade.</summary>
    protected virtual ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) => connection.BeginTransactionAsync(ct);

    /// <summary>Runs before the migrations in the same transaction (the PostgreSQL driver takes a lock and creates its schema).</summary>
    protected virtual Task PrepareMigrationAsync(DbConnection connection, DbTransaction transaction) => Task.CompletedTask;

    public Task MigrateAsync(CancellationToken ct)
    {
        lock (_migrateGate)
        {
            if (_migrated is null || _migrated.IsFaulted || _migrated.IsCanceled) _migrated = RunMigrationsAsync();
            return _migrated;
        }
    }

    /// <summary>Runs once before the migration transaction (SQLite sets WAL, which cannot change inside one).</summary>
    protected virtual Task InitializeAsync() => Task.CompletedTask;

    private async Task RunMigrationsAsync()
    {
        await InitializeAsync();
        await using var turn = await BeginTurnAsync(CancellationToken.None);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, CancellationToken.None);
        await PrepareMigrationAsync(connection, transaction);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS jobs_schema_migrations (version INTEGER PRIMARY KEY, applied_utc BIGINT NOT NULL)", transaction: transaction);
        var applied = await connection.ExecuteScalarAsync<long?>("SELECT max(version) FROM jobs_schema_migrations", transaction: transaction) ?? 0;
        for (var version = (int)applied + 1; version <= JobsSchema.Steps.Count; version++)
        {
            await connection.ExecuteAsync(JobsSchema.Steps[version - 1].Replace("{Id}", IdentityDdl), transaction: transaction);
            await connection.ExecuteAsync("INSERT INTO jobs_schema_migrations (version, applied_utc) VALUES (@version, @now)",
                new { version, now = UnixMs.From(DateTime.UtcNow) }, transaction);
        }
        await transaction.CommitAsync();
    }

    public virtual async Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<NewJob> jobs, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, ct);
        var ids = new List<long>(jobs.Count);
        foreach (var job in jobs)
        {
            var now = UnixMs.From(job.NowUtc);
            var id = await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO jobs (type, queue, state, payload, idempotency_key, attempt, run_at_utc, parent_job_id, created_utc, state_changed_utc,
                    created_state, created_reason)
                VALUES (@Type, @Queue, @State, @PayloadJson, @IdempotencyKey, 0, @runAt, @ParentJobId, @now, @now, @State, @Reason)
                ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
                RETURNING id
                """,
                new { job.Type, job.Queue, State = job.State.ToString(), job.PayloadJson, job.IdempotencyKey, runAt = UnixMs.From(job.RunAtUtc), job.ParentJobId, now, job.Reason },
                transaction);
            // The first history record is the row's created_* columns (see JobsSchema step 4).
            id ??= await connection.ExecuteScalarAsync<long>("SELECT id FROM jobs WHERE idempotency_key = @IdempotencyKey", new { job.IdempotencyKey }, transaction);
            ids.Add(id.Value);
        }
        await transaction.CommitAsync(ct);
        return ids;
    }

    public async Task<JobState?> GetStateAsync(long jobId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var state = await connection.ExecuteScalarAsync<string?>("SELECT state FROM jobs WHERE id = @jobId", new { jobId });
        return state is null ? null : Enum.Parse<JobState>(state);
    }

    protected static Task AppendHistoryAsync(DbConnection connection, DbTransaction transaction, long jobId, JobState state, long atMs,
        string? reason, string? worker, string? exception) =>
        connection.ExecuteAsync(
            "INSERT INTO job_history (job_id, state, at_utc, reason, worker, exception) VALUES (@jobId, @state, @atMs, @reason, @worker, @exception)",
            new { jobId, state = state.ToString(), atMs, reason, worker, exception }, transaction);

    protected static Task CountAsync(DbConnection connection, DbTransaction transaction, long atMs, long succeeded, long failed) =>
        connection.ExecuteAsync(
            """
            INSERT INTO job_stats_minute (minute_utc, succeeded, failed) VALUES (@minute, @succeeded, @failed)
            ON CONFLICT (minute_utc) DO UPDATE SET succeeded = job_stats_minute.succeeded + excluded.succeeded,
                failed = job_stats_minute.failed + excluded.failed
            """,
            new { minute = atMs - atMs % 60_000, succeeded, failed }, transaction);
}
