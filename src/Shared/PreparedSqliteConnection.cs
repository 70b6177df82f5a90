using System.Data;
using Microsoft.Data.Sqlite;

namespace OrchardCommerce.Sqlite;

/// <summary>
/// A long-lived SQLite connection (a tenant database's writer, the engine's writer) which keeps its statements
/// prepared. Microsoft.Data.Sqlite compiles a command's SQL again for every new command object (dotnet/efcore#14044),
/// and Dapper makes a new one per call, so parsing and planning took a tenth of a checkout's time inside the write
/// turn. Commands made here execute through one prepared command per SQL text, kept while the connection lives;
/// the least recently used go beyond <see cref="Capacity"/>. Shared as source, as <see cref="AtNamedSqliteConnection"/>.
/// </summary>
internal sealed class PreparedSqliteConnection(string connectionString) : AtNamedSqliteConnection(connectionString)
{
    public const int Capacity = 100;
    private readonly Dictionary<string, LinkedListNode<PreparedCommand>> _bySql = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedCommand> _recent = new();

    /// <summary>How many SQL texts have a prepared command now.</summary>
    public int PreparedCount => _bySql.Count;

    public override SqliteCommand CreateCommand() =>
        new CachedCommand { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

    // Null when that text's command is still reading (a reader left open while the same SQL runs again): the caller
    // then runs uncached.
    private PreparedCommand? Rent(string sql)
    {
        if (_bySql.TryGetValue(sql, out var node))
        {
            if (node.Value.Busy) return null;
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value;
        }
        if (_bySql.Count >= Capacity)
        {
            var oldest = _recent.Last!;
            if (oldest.Value.Busy) return null;
            _recent.RemoveLast();
            _bySql.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }
        var command = new PreparedCommand(sql, this);
        _bySql[sql] = _recent.AddFirst(command);
        return command;
    }

    public override void Close()
    {
        // The connection finalizes its commands' statements itself on close; only the index goes.
        _bySql.Clear();
        _recent.Clear();
        base.Close();
    }

    private sealed class PreparedCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
    {
        public bool Busy => DataReader is not null;
    }

    /// <summary>What callers (Dapper included) get: every execution goes through its SQL text's prepared command.</summary>
    private sealed class CachedCommand : AtNamedSqliteCommand
    {
        public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
        {
            if (Connection is not PreparedSqliteConnection { State: ConnectionState.Open } writer || writer.Rent(CommandText) is not { } prepared)
                return base.ExecuteReader(behavior);
            prepared.Parameters.Clear();
            foreach (SqliteParameter parameter in Parameters) prepared.Parameters.Add(parameter);
            prepared.Transaction = Transaction;
            prepared.CommandTimeout = CommandTimeout;
            return prepared.ExecuteReader(behavior);
        }
    }
}
