using System.Data.Common;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Sqlite;

namespace OrchardCommerce.Data;

/// <summary>
/// The one connection a SQLite tenant database's units of work write through, used only inside the write turn, and
/// its checkpoints. Kept open, for two reasons:
/// - SQLite drops a connection's page cache whenever another connection has written since its last transaction, so a
///   pooled connection starts each write cold and reads again every page it touches. The connection all of this
///   process's writes go through is never behind, and its cache stays warm from one unit of work to the next.
/// - Its statements stay prepared (<see cref="PreparedSqliteConnection"/>).
/// The writer does not checkpoint in its commits: SQLite's automatic checkpoint copies the log into the database and
/// syncs it inside whichever commit crosses 1,000 pages, with the write turn held. A passive checkpoint on another
/// connection runs instead, after the turn, every <see cref="CheckpointEvery"/> commits, and the next unit of work
/// copies what was committed while it ran (see <see cref="ConnectionAsync"/>).
/// </summary>
internal sealed class SqliteWriter(string connectionString)
{
    // A store's unit of work writes 5 to 30 pages (20 on average in the order bench), so a round is one to four times
    // SQLite's own 1,000-page default.
    internal const int CheckpointEvery = 200;
    private PreparedSqliteConnection? _connection;
    private Task _checkpoint = Task.CompletedTask;
    private int _commits;
    private int _checkpointing;
    private volatile bool _catchUp;

    /// <summary>The writer, for a unit of work in the write turn.</summary>
    public async ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            var connection = new PreparedSqliteConnection(connectionString);
            await TenantDatabase.OpenSqliteAsync(connection, "PRAGMA wal_autocheckpoint=0;", cancellationToken);
            _connection = connection;
        }
        if (_catchUp) await CatchUpAsync(_connection, cancellationToken);
        return _connection;
    }

    // SQLite starts the log over only when a write begins with all of it copied into the database. Under steady writes
    // commits keep landing while the checkpoint beside the turn runs, so that never held and the log grew without end
    // (90 MB a second in the order bench, each page written to new disk blocks). In the turn nothing else commits:
    // copying the few pages committed since makes the log wholly copied, and this unit of work starts it over.
    private async Task CatchUpAsync(PreparedSqliteConnection connection, CancellationToken cancellationToken)
    {
        _catchUp = false;
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // Another process checkpointing or writing: the next round tries again.
        }
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
        // Counted since the last round started, so a round skipped while one still ran starts as soon as it ends.
        if (Interlocked.Increment(ref _commits) < CheckpointEvery) return;
        if (Interlocked.CompareExchange(ref _checkpointing, 1, 0) != 0) return;
        Interlocked.Exchange(ref _commits, 0);
        // Its own thread: under load the pool's queues are long, and the log grows for as long as the round waits.
        _checkpoint = Task.Factory.StartNew(Checkpoint, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Checkpoint()
    {
        try
        {
            // Never creates the file: a checkpoint that starts after the tenant's file was deleted fails instead.
            var existing = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
            using var connection = new SqliteConnection(existing.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            // Passive: copies what no reader still needs, never waits for readers or the writer.
            command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
            _catchUp = true;
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
