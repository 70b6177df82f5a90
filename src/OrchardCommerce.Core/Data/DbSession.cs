using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OrchardCommerce.Data;

/// <summary>
/// A request's (scope's) connection to its tenant database, and its unit of work. Reads need no transaction;
/// writes run inside <see cref="BeginWorkAsync"/>, and nested works join the outermost one, which alone commits.
/// A recipe wraps all its steps in one work, so a failing step leaves the tenant as it was.
/// </summary>
public sealed class DbSession(TenantDatabase database) : IAsyncDisposable
{
    private DbConnection? _connection;
    // While a work is open on SQLite: the database's writer, which every statement of the work goes through.
    private DbConnection? _workConnection;
    private int _depth;
    private List<Action>? _afterCommit;
    private IDisposable? _writeTurn;

    public SqlDialect Dialect => database.Dialect;
    /// <summary>The open transaction, or null outside a work; pass it to every command.</summary>
    public DbTransaction? Transaction { get; private set; }

    /// <summary>Inside a work, the work's connection; outside, the session's own (opened on first use).</summary>
    public async ValueTask<DbConnection> GetConnectionAsync(CancellationToken cancellationToken = default) =>
        _workConnection ?? (_connection ??= await database.OpenAsync(cancellationToken));

    /// <summary>Runs <paramref name="action"/> once the outermost work commits (at once outside a work); never on rollback.</summary>
    public void OnCommitted(Action action)
    {
        if (Transaction is null) action();
        else (_afterCommit ??= []).Add(action);
    }

    public async Task<DbWork> BeginWorkAsync(CancellationToken cancellationToken = default)
    {
        if (_depth == 0)
        {
            _writeTurn = await database.EnterWriteAsync(cancellationToken);
            DbConnection? writer = null;
            try
            {
                writer = database.Writer is { } sqliteWriter ? await sqliteWriter.ConnectionAsync(cancellationToken) : null;
                var connection = writer ?? await GetConnectionAsync(cancellationToken);
                Transaction = connection is SqliteConnection sqlite
                    ? sqlite.BeginTransaction(deferred: false)
                    : await connection.BeginTransactionAsync(cancellationToken);
                _workConnection = writer;
            }
            catch
            {
                if (writer is not null) database.Writer!.Discard();
                ReleaseWriteTurn();
                throw;
            }
        }
        _depth++;
        return new DbWork(this, Transaction!.Connection!, Transaction);
    }

    internal async Task EndWorkAsync(bool completed, CancellationToken cancellationToken)
    {
        _depth--;
        if (!completed)
        {
            // An inner work that fails dooms the whole unit: roll back now, so no later statement can half-write.
            await RollbackAsync();
            return;
        }
        if (_depth == 0 && Transaction is { } transaction)
        {
            var committed = false;
            try
            {
                await transaction.CommitAsync(cancellationToken);
                committed = true;
                database.RecordCommit();
            }
            finally
            {
                await transaction.DisposeAsync();
                Transaction = null;
                // A commit that failed may leave the writer in a state the next work should not inherit.
                if (!committed && _workConnection is not null) database.Writer!.Discard();
                _workConnection = null;
                ReleaseWriteTurn();
            }
            if (committed) database.Writer?.Committed();
            var actions = _afterCommit;
            _afterCommit = null;
            actions?.ForEach(action => action());
        }
    }

    private async Task RollbackAsync()
    {
        _afterCommit = null;
        if (Transaction is { } transaction)
        {
            Transaction = null;
            await transaction.DisposeAsync();
        }
        _workConnection = null;
        ReleaseWriteTurn();
        _depth = 0;
    }

    private void ReleaseWriteTurn()
    {
        _writeTurn?.Dispose();
        _writeTurn = null;
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

/// <summary>One level of a unit of work; call <see cref="CompleteAsync"/> on success, dispose always.</summary>
public sealed class DbWork(DbSession session, DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private bool _ended;

    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_ended) return;
        _ended = true;
        await session.EndWorkAsync(completed: true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ended) return;
        _ended = true;
        await session.EndWorkAsync(completed: false, CancellationToken.None);
    }
}
