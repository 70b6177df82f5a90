using System.Data.Common;
using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>Claims, guarded transitions and completions. Claim and completion record themselves on the row; a transition off
/// the happy path writes those records out to job_history first, in the same transaction.</summary>
internal abstract partial class SqlJobStorage
{
    protected const string DueStates = "('Enqueued', 'Scheduled', 'Failed')";

    public virtual async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string queue, int limit, string owner, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        // A claim here is a write transaction, taken in turn with every other writer of the file; most claims find
        // their queue empty (each fetcher woken by an enqueue tries every queue), so a lock-free read asks first.
        await using (var reader = await OpenAsync(ct))
        {
            if (!await reader.ExecuteScalarAsync<bool>(
                    $"SELECT EXISTS (SELECT 1 FROM jobs WHERE queue = @queue AND state IN {DueStates} AND run_at_utc <= @now)", new { queue, now }))
                return [];
        }
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, ct);
        var rows = (await connection.QueryAsync<JobRow>(
            $"""
            UPDATE jobs SET state = 'Processing', lease_owner = @owner, lease_until_utc = @until, attempt = attempt + 1, state_changed_utc = @now,
                claimed_utc = @now
            WHERE id IN (SELECT id FROM jobs WHERE queue = @queue AND state IN {DueStates} AND run_at_utc <= @now ORDER BY run_at_utc, id LIMIT @limit)
            RETURNING {JobRow.Columns}
            """,
            new { owner, until = UnixMs.From(leaseUntilUtc), now, queue, limit }, transaction)).ToList();
        await transaction.CommitAsync(ct);
        return rows.OrderBy(r => r.RunAtUtc).ThenBy(r => r.Id).Select(r => r.ToClaimed()).ToList();
    }

    public async Task<bool> TransitionAsync(JobTransition t, CancellationToken ct)
    {
        var now = UnixMs.From(t.NowUtc);
        var guard = (t.ExpectedOwner is null ? "" : " AND lease_owner = @owner")
                    + (t.ExpectedAttempt is null ? "" : " AND attempt = @attempt")
                    + (t.RequireExpiredLease ? " AND lease_until_utc < @now" : "");
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, ct);
        // The row holds the happy path's records (claim; completion by finished_by); read them locked, to write them out
        // before this change overwrites them.
        var prior = await connection.QuerySingleOrDefaultAsync<PriorRow>(
            $"SELECT state AS State, lease_owner AS Owner, claimed_utc AS ClaimedUtc, finished_by AS FinishedBy, state_changed_utc AS ChangedUtc FROM jobs WHERE id = @id{RowLock}",
            new { id = t.JobId }, transaction);
        var changed = await connection.ExecuteAsync(
            $"""
            UPDATE jobs SET state = @to, state_changed_utc = @now, lease_owner = NULL, lease_until_utc = NULL, finished_by = NULL,
                run_at_utc = COALESCE(@runAt, run_at_utc), last_error = COALESCE(@lastError, last_error),
                attempt = CASE WHEN @reset THEN 0 ELSE attempt + @delta END
            WHERE id = @id AND state IN {JobsSchema.InList(t.From)}{guard}
            """,
            new
            {
                to = t.To.ToString(), now, runAt = UnixMs.From(t.RunAtUtc), lastError = t.LastError, reset = t.ResetAttempt,
                delta = t.AttemptDelta, id = t.JobId, owner = t.ExpectedOwner, attempt = t.ExpectedAttempt,
            },
            transaction);
        if (changed == 0) return false;
        await MaterializeHappyPathAsync(connection, transaction, t.JobId, prior!);
        await AppendHistoryAsync(connection, transaction, t.JobId, t.To, now, t.Reason, t.Worker, t.Exception);
        if (t.To is JobState.Succeeded or JobState.Failed or JobState.DeadLettered)
            await CountAsync(connection, transaction, now, t.To == JobState.Succeeded ? 1 : 0, t.To == JobState.Succeeded ? 0 : 1);
        await transaction.CommitAsync(ct);
        return true;
    }

    public virtual async Task<IReadOnlyList<long>> CompleteAsync(IReadOnlyList<(long Id, int Attempt)> jobs, string owner, DateTime nowUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, ct);
        var done = new List<long>(jobs.Count);
        foreach (var (id, attempt) in jobs)
        {
            // No history rows: finished_by, claimed_utc and state_changed_utc are this attempt's Processing and Succeeded records.
            var changed = await connection.ExecuteAsync(
                """
                UPDATE jobs SET state = 'Succeeded', state_changed_utc = @now, lease_owner = NULL, lease_until_utc = NULL, finished_by = @owner
                WHERE id = @id AND state = 'Processing' AND lease_owner = @owner AND attempt = @attempt
                """,
                new { now, id, owner, attempt }, transaction);
            if (changed > 0) done.Add(id);
        }
        if (done.Count > 0) await CountAsync(connection, transaction, now, done.Count, 0);
        await transaction.CommitAsync(ct);
        return done;
    }

    public async Task<int> ExtendLeasesAsync(string owner, DateTime leaseUntilUtc, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        return await connection.ExecuteAsync(
            "UPDATE jobs SET lease_until_utc = @until WHERE state = 'Processing' AND lease_owner = @owner",
            new { owner, until = UnixMs.From(leaseUntilUtc) });
    }
}
