using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Sqlite;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>
/// SQLite in WAL mode: readers never block the writer. Commits use synchronous=NORMAL, as the tenant and jobs databases
/// do: in WAL mode that loses no acknowledged commit to a process crash, only to a power loss, and skips a disk flush
/// per group commit. A job whose completion a power loss took is activated again, and the order workers accept finding
/// their step already done.
/// The engine's single writer commits through one kept connection, whose page cache stays warm (a pooled connection
/// finds its cache stale whenever another connection wrote since it last ran, and reads its pages again) and whose
/// statements stay prepared.
/// </summary>
internal sealed class SqliteWorkflowDatabase(string connectionString) : WorkflowDatabase
{
    private SqliteConnection? _writer;

    public override Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(new AtNamedSqliteConnection(connectionString), cancellationToken);

    // Its statements stay prepared too: a group commit runs the same few upserts every time.
    public override async Task<DbConnection> OpenWriterAsync(CancellationToken cancellationToken) =>
        _writer ??= (SqliteConnection)await OpenAsync(new PreparedSqliteConnection(connectionString), cancellationToken);

    private static async Task<DbConnection> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public override ValueTask ReleaseWriterAsync(DbConnection connection, bool failed)
    {
        // A failed commit may have left the connection unusable; the next commit opens another.
        if (failed) CloseWriter();
        return ValueTask.CompletedTask;
    }

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL");
    }

    public override ValueTask DisposeAsync()
    {
        CloseWriter();
        return ValueTask.CompletedTask;
    }

    private void CloseWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }
}
