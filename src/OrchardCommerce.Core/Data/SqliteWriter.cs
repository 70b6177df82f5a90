using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OrchardCommerce.Data;

/// <summary>
/// The one connection a SQLite tenant database's units of work write through, used only inside the write turn, and
/// its checkpoints. Kept open, for two reasons:
/// - SQLite drops a connection's page cache whenever another connection has written since its last transaction, so a
///   pooled connection starts each write cold and reads again every page it touches. The connection all of this
///   process's writes go through is never behind, and its cache stays warm from one unit of work to the next.
/// - Its statements stay prepared (<see cref="SqliteWriterConnection"/>).
/// The writer does not checkpoint in its commits: SQLite's automatic checkpoint copies the log into the database and
/// syncs it inside whichever commit crosses 1,000 pages, with the write turn held. A passive checkpoint on another
/// connection runs instead, after the turn, every <see cref="CheckpointEvery"/> commits.
/// </summary>
internal sealed class SqliteWriter(string connectionString)
{
    // A store's unit of work writes a handful of pages, so this is about SQLite's own 1,000-page default.
    internal const int CheckpointEvery = 200;
    private SqliteWriterConnection? _connection;
    private Task _checkpoint = Task.CompletedTask;
    private int _commits;
    private int _checkpointing;

    public async ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null) return _connection;
        var connection = new SqliteWriterConnection(connectionString);
        await TenantDatabase.OpenSqliteAsync(connection, "PRAGMA wal_autocheckpoint=0;", cancellationToken);
        return _connection = connection;
    }

    /// <summary>Closes the connection after a failure that may have left it unusable; the next unit of work opens another.</summary>
    public void Discard()
    {
        var connection = _connection;
        _connection = null;
        connection?.Dispose();
    }

    /// <summary>After a unit of work committed and left the turn (so several may call at once).</summary>
    public void Committed()
    {
        if (Interlocked.Increment(ref _commits) % CheckpointEvery != 0) return;
        if (Interlocked.CompareExchange(ref _checkpointing, 1, 0) != 0) return;
        _checkpoint = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            // Never creates the file: a checkpoint that starts after the tenant's file was deleted fails instead.
            var existing = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
            await using var connection = await TenantDatabase.OpenSqliteAsync(new SqliteConnection(existing.ToString()), "", CancellationToken.None);
            await using var command = connection.CreateCommand();
            // Passive: copies what no reader still needs, never waits for readers or the writer.
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // Busy, interrupted or the file gone: the next round of commits tries again.
        }
        finally
        {
            Volatile.Write(ref _checkpointing, 0);
        }
    }

    /// <summary>The last checkpoint started (a completed task when none has).</summary>
    internal Task CheckpointDone => _checkpoint;

    /// <summary>Waits for a running checkpoint and closes the connection (before the file is deleted, or at shutdown).</summary>
    public async Task CloseAsync()
    {
        await _checkpoint;
        Discard();
    }
}
