using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Sqlite;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// The embedded driver: one SQLite file in WAL mode. SQLite has one writer, so every write (claims included) runs
/// inside BEGIN IMMEDIATE and the claim needs no SKIP LOCKED; readers are not blocked by WAL. This process's writers
/// take turns in <see cref="SqliteWriteGate"/> before they reach SQLite's lock, and write through one kept connection:
/// its statements stay prepared and its page cache stays warm (a pooled connection reads its pages again whenever
/// another connection wrote since it last ran, which under load is every time).
/// </summary>
internal sealed class SqliteJobStorage : SqlJobStorage, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _path;
    private PreparedSqliteConnection? _writer;

    public SqliteJobStorage(string path)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public override JobsStorageProvider Provider => JobsStorageProvider.Sqlite;

    protected override string IdentityDdl => "INTEGER PRIMARY KEY AUTOINCREMENT";

    /// <summary>The kept writer, once a write opened it (for tests).</summary>
    internal DbConnection? Writer => _writer;

    // Reads need no pragma: synchronous only decides how a commit is flushed. Most reads are a claim's quick look for
    // due jobs, several per job run.
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new AtNamedSqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    protected override ValueTask<DbConnection> OpenForWritesAsync(CancellationToken ct) => OpenForWritesAsync(new AtNamedSqliteConnection(_connectionString), ct);

    // Only inside the write turn, so one write at a time uses it; one that broke it is replaced by the next.
    protected override async ValueTask<(DbConnection Connection, bool Kept)> OpenWriterAsync(CancellationToken ct)
    {
        if (_writer is not { State: System.Data.ConnectionState.Open })
        {
            _writer?.Dispose();
            _writer = (PreparedSqliteConnection)await OpenForWritesAsync(new PreparedSqliteConnection(_connectionString), ct);
        }
        return (_writer, true);
    }

    private static async ValueTask<DbConnection> OpenForWritesAsync(SqliteConnection connection, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        // As the tenant databases: in WAL mode NORMAL loses no committed job to a process crash, and skipping the flush on
        // every commit keeps a claim or a cursor save from holding the write turn for a disk flush (0.3–2.6 s under load).
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    public override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct) => await SqliteWriteGate.EnterAsync(_path, ct);

    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override async Task InitializeAsync()
    {
        // WAL is a property of the file: readers are not blocked by the writer.
        await using var setup = new SqliteConnection(_connectionString);
        await setup.OpenAsync();
        await setup.ExecuteAsync("PRAGMA journal_mode=WAL");
    }

    public async ValueTask DisposeAsync()
    {
        // In turn: a write still running keeps its connection until it is done.
        using var turn = await EnterWriteAsync(CancellationToken.None);
        _writer?.Dispose();
        _writer = null;
    }
}
