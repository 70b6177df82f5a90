using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OrchardCommerce.Sqlite;

namespace OrchardCommerce.Data;

/// <summary>One tenant's database: opens connections to its SQLite file or its PostgreSQL schema.</summary>
public sealed class TenantDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqliteConnectionString; // set exactly when _postgres is null
    // Per file, not per instance: a released and rebuilt shell, or a setup service, may open the same file again.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);
    private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(30);

    private TenantDatabase(SqlDialect dialect, NpgsqlDataSource? postgres, string? sqlite, string description)
    {
        Dialect = dialect;
        _postgres = postgres;
        _sqliteConnectionString = sqlite;
        Description = description;
    }

    private long _committedWorks;

    public SqlDialect Dialect { get; }

    /// <summary>
    /// How many units of work this process has committed to the tenant. A cache of something read from the database
    /// compares it before reuse: any local write since the read makes the entry stale at once (other processes' writes
    /// need a read of the database to be seen).
    /// </summary>
    public long CommittedWorks => Interlocked.Read(ref _committedWorks);

    internal void RecordCommit() => Interlocked.Increment(ref _committedWorks);

    /// <summary>Where the data is, for logs and errors; never includes a password.</summary>
    public string Description { get; }

    public static TenantDatabase ForSqlite(string filePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Pooling = true,
            // Writers queue behind each other instead of failing at once; SQLite has one writer at a time.
            DefaultTimeout = 30,
        };
        var writer = new SqliteConnectionStringBuilder(builder.ConnectionString) { Pooling = false };
        return new TenantDatabase(SqlDialect.Sqlite, null, builder.ToString(), filePath)
        {
            Writer = new SqliteWriter(writer.ToString()),
        };
    }

    /// <summary>A data source whose connections see only <paramref name="schema"/> (search_path).</summary>
    public static TenantDatabase ForPostgres(string connectionString, string schema)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            SearchPath = schema,
            // Statements run often are prepared once per physical connection, which saves PostgreSQL the parse and
            // plan on every store request. That needs connections not to be reset (DISCARD ALL drops prepared
            // statements) when they return to the pool; nothing here changes session state (locks are
            // transaction-scoped, search_path comes from this connection string).
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            NoResetOnClose = true,
        };
        return new TenantDatabase(SqlDialect.Postgres, NpgsqlDataSource.Create(builder.ConnectionString), null,
            $"{builder.Host}:{builder.Port}/{builder.Database} schema {schema}");
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(cancellationToken);
        return await OpenSqliteAsync(new AtNamedSqliteConnection(_sqliteConnectionString!), "", cancellationToken);
    }

    /// <summary>On SQLite, the connection units of work write through (see <see cref="SqliteWriter"/>); null on PostgreSQL.</summary>
    internal SqliteWriter? Writer { get; private init; }

    internal static async Task<DbConnection> OpenSqliteAsync(SqliteConnection connection, string pragmas, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // NORMAL is durable in WAL mode (set once in EnsureCreatedAsync): a crash loses no committed transaction.
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;" + pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// On SQLite, waits for this process's turn to write and returns the turn to dispose after commit or rollback;
    /// null on PostgreSQL. SQLite has one writer; queueing here in order, instead of in SQLite's busy handler (which
    /// sleeps and retries), keeps concurrent checkouts from spending their time asleep. Other processes still meet
    /// SQLite's own lock and busy timeout.
    /// </summary>
    public async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null) return null;
        var gate = WriteGates.GetOrAdd(Path.GetFullPath(Description), _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(WriteWait, cancellationToken))
            throw new TimeoutException($"The database {Description} stayed busy with other writers for {WriteWait.TotalSeconds} s.");
        return new WriteTurn(gate);
    }

    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }

    /// <summary>Opens a connection and begins a transaction that takes the write lock at once on SQLite.</summary>
    public async Task<(DbConnection Connection, DbTransaction Transaction)> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false)
                : await connection.BeginTransactionAsync(cancellationToken);
            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the tenant's schema on PostgreSQL; SQLite files come into being on first open.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL lets readers run beside the one writer; the mode is stored in the file, so once is enough.
        command.CommandText = _postgres is null
            ? "PRAGMA journal_mode=WAL"
            : $"CREATE SCHEMA IF NOT EXISTS \"{new NpgsqlConnectionStringBuilder(_postgres.ConnectionString).SearchPath}\"";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes everything the tenant stored: drops its schema or deletes its file.</summary>
    public async Task DropAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            var schema = new NpgsqlConnectionStringBuilder(_postgres.ConnectionString).SearchPath!;
            await using var connection = await _postgres.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        if (Writer is not null) await Writer.CloseAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Description + suffix);
    }

    public async ValueTask DisposeAsync()
    {
        if (Writer is not null) await Writer.CloseAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
