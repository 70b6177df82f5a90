using System.Data.Common;
using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>Claims, guarded transitions and completions: each appends history in the same transaction.</summary>
internal abstract partial class SqlJobStorage
{
    protected const string DueStates = "('Enqueued', 'Scheduled', 'Failed')";

    public virtual async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string queue, int limit, string owner, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        await using var connection = await OpenAsync(ct);
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
        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        // The claim wrote no history; read who claimed and when (locked) so its Processing row precedes this one.
        var prior = await connection.QuerySingleOrDefaultAsync<(string? State, string? Owner, long? ClaimedUtc)>(
            $"SELECT state, lease_owner, claimed_utc FROM jobs WHERE id = @id{RowLock}", new { id = t.JobId }, transaction);
        var changed = await connection.ExecuteAsync(
            $"""
            UPDATE jobs SET state = @to, state_changed_utc = @now, lease_owner = NULL, lease_until_utc = NULL,
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
        if (prior is { State: nameof(JobState.Processing), ClaimedUtc: { } claimedAt })
            await AppendHistoryAsync(connection, transaction, t.JobId, JobState.Processing, claimedAt, "claimed", prior.Owner, null);
        await AppendHistoryAsync(connection, transaction, t.JobId, t.To, now, t.Reason, t.Worker, t.Exception);
        if (t.To is JobState.Succeeded or JobState.Failed or JobState.DeadLettered)
            await CountAsync(connection, transaction, now, t.To == JobState.Succeeded ? 1 : 0, t.To == JobState.Succeeded ? 0 : 1);
        await transaction.CommitAsync(ct);
        return true;
    }

    public virtual async Task<IReadOnlyList<long>> CompleteAsync(IReadOnlyList<(long Id, int Attempt)> jobs, string owner, DateTime nowUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        var done = new List<long>(jobs.Count);
        foreach (var (id, attempt) in jobs)
        {
            var (changed, claimedUtc) = await connection.QuerySingleOrDefaultAsync<(long Id, long? ClaimedUtc)>(
                """
                UPDATE jobs SET state = 'Succeeded', state_changed_utc = @now, lease_owner = NULL, lease_until_utc = NULL
                WHERE id = @id AND state = 'Processing' AND lease_owner = @owner AND attempt = @attempt
                RETURNING id, claimed_utc
                """,
                new { now, id, owner, attempt }, transaction);
            if (changed == 0) continue;
            if (claimedUtc is { } claimedAt)
                await AppendHistoryAsync(connection, transaction, id, JobState.Processing, claimedAt, "claimed", owner, null);
            await AppendHistoryAsync(connection, transaction, id, JobState.Succeeded, now, "succeeded", owner, null);
            done.Add(id);
        }
        if (done.Count > 0) await CountAsync(connection, transaction, now, done.Count, 0);
        await transaction.CommitAsync(ct);
        return done;
    }

    public async Task<int> ExtendLeasesAsync(string owner, DateTime leaseUntilUtc, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE jobs SET lease_until_utc = @until WHERE state = 'Processing' AND lease_owner = @owner",
            new { owner, until = UnixMs.From(leaseUntilUtc) });
    }
}
