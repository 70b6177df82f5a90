using System.Data.Common;
using Dapper;

namespace OrchardCommerce.Outbox;

/// <summary>
/// Gives an outbox stream's committed PostgreSQL events their feed position. Writers insert with a NULL position and take no lock, so
/// checkouts of a tenant run side by side; positions are handed out afterwards, in the reader, by one sequencer at a
/// time per tenant.
/// </summary>
/// <remarks>
/// Why a cursor never passes an event: an event gets a position only once its transaction has committed (the
/// sequencer's snapshot cannot see the rows of a transaction still in flight, nor of a rolled-back one), and
/// positions only grow: runs are serialised by the advisory lock, each takes its numbers from the sequence after
/// the previous run committed, and a run's positions become visible together at its commit. So every position
/// below a cursor a consumer holds was already visible when it read, and an event committing later lands above.
/// Filtering on <c>txid &lt; pg_snapshot_xmin</c> as well is not needed for that, and would hold the feed back
/// while any writer in the whole cluster (other tenants, other databases) is open.
/// </remarks>
public static class OutboxSequencer
{
    /// <summary>Events positioned per run; a backlog larger than this drains over the next reads.</summary>
    public const int BatchSize = 1000;

    /// <summary>
    /// How long a reader waits for another reader's run. Runs are short, so waiting gives read-your-writes (an event
    /// committed before the read is in it); the bound keeps a reader from hanging behind a stuck run, and then it
    /// answers with what is already positioned, which is still correct, only later.
    /// </summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    private const string TryLock = "SELECT pg_try_advisory_xact_lock(@lockClass, hashtext(current_schema()))";
    private const string Lock = "SELECT pg_advisory_xact_lock(@lockClass, hashtext(current_schema()))";
    private const string LockNotAvailable = "55P03";

    // The rows are numbered in sequence order with row_number(), and the block of positions is reserved in one
    // step (setval past nextval), because a plain UPDATE ... SET position = nextval(...) numbers rows in whatever
    // order the plan visits them. The reservation CTE is volatile, so PostgreSQL evaluates it exactly once, and
    // only when there is something pending (it yields no row otherwise, so no number is spent).
    private const string AssignTemplate = """
        WITH pending AS MATERIALIZED (
            SELECT sequence, row_number() OVER (ORDER BY sequence) AS n
            FROM {table} WHERE position IS NULL ORDER BY sequence LIMIT @batch),
        counted AS (SELECT COUNT(*) AS total FROM pending),
        reserved AS MATERIALIZED (
            SELECT setval('{table}_position', nextval('{table}_position') + total - 1) - total AS base
            FROM counted WHERE total > 0)
        UPDATE {table} e SET position = reserved.base + pending.n
        FROM pending, reserved WHERE e.sequence = pending.sequence
        """;

    /// <summary>
    /// Positions up to <see cref="BatchSize"/> committed events in a short transaction of its own. Returns how many,
    /// or -1 when another reader held this tenant's run for longer than <see cref="LockWait"/> (the caller then reads
    /// what is already positioned).
    /// </summary>
    public static async Task<int> RunAsync<TStream>(DbConnection connection, CancellationToken cancellationToken) where TStream : IOutboxStream
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The lock is its own statement: the UPDATE's snapshot must be taken after the lock is held, so that it sees
        // the previous run's positions (a snapshot taken before could position those rows a second time).
        if (!await TryLockAsync<TStream>(connection, transaction, cancellationToken))
            return -1;
        var positioned = await connection.ExecuteAsync(new CommandDefinition(AssignTemplate.Replace("{table}", TStream.Table), new { batch = BatchSize }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return positioned;
    }

    // Uncontended (the usual case) costs one statement; only a reader that meets another run waits, with a bound.
    private static async Task<bool> TryLockAsync<TStream>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        where TStream : IOutboxStream
    {
        var lockClass = new { lockClass = TStream.LockClass };
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(TryLock, lockClass, transaction, cancellationToken: cancellationToken)))
            return true;
        await connection.ExecuteAsync(new CommandDefinition($"SET LOCAL lock_timeout = {(int)LockWait.TotalMilliseconds}", transaction: transaction,
            cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(Lock, lockClass, transaction, cancellationToken: cancellationToken));
            return true;
        }
        catch (DbException e) when (e.SqlState == LockNotAvailable)
        {
            return false;
        }
    }
}
