using Dapper;
using Npgsql;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>PostgreSQL's one-statement hot paths; none writes job_history (the row holds the happy path, see JobsSchema step 4).</summary>
internal sealed partial class PostgresJobStorage
{
    public override async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string queue, int limit, string owner, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<JobRow>(
            $"""
            WITH picked AS (
                SELECT id FROM jobs WHERE queue = @queue AND state IN {DueStates} AND run_at_utc <= @now
                ORDER BY run_at_utc, id LIMIT @limit FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE jobs j SET state = 'Processing', lease_owner = @owner, lease_until_utc = @until, attempt = j.attempt + 1,
                    state_changed_utc = @now, claimed_utc = @now
                FROM picked WHERE j.id = picked.id
                RETURNING j.id AS Id, j.type AS Type, j.queue AS Queue, j.state AS State, j.payload AS Payload, j.idempotency_key AS IdempotencyKey,
                    j.attempt AS Attempt, j.run_at_utc AS RunAtUtc, j.created_utc AS CreatedUtc, j.state_changed_utc AS StateChangedUtc, j.last_error AS LastError)
            SELECT * FROM claimed
            """,
            new { queue, now, limit, owner, until = UnixMs.From(leaseUntilUtc) });
        return rows.OrderBy(r => r.RunAtUtc).ThenBy(r => r.Id).Select(r => r.ToClaimed()).ToList();
    }

    public override async Task<IReadOnlyList<long>> CompleteAsync(IReadOnlyList<(long Id, int Attempt)> jobs, string owner, DateTime nowUtc, CancellationToken ct)
    {
        var now = UnixMs.From(nowUtc);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var ids = await connection.QueryAsync<long>(
            """
            WITH done AS (
                UPDATE jobs j SET state = 'Succeeded', state_changed_utc = @now, lease_owner = NULL, lease_until_utc = NULL, finished_by = @owner
                FROM unnest(@ids, @attempts) AS c(id, attempt)
                WHERE j.id = c.id AND j.attempt = c.attempt AND j.state = 'Processing' AND j.lease_owner = @owner
                RETURNING j.id),
            stats AS (
                INSERT INTO job_stats_minute (minute_utc, succeeded, failed) SELECT @minute, count(*), 0 FROM done HAVING count(*) > 0
                ON CONFLICT (minute_utc) DO UPDATE SET succeeded = job_stats_minute.succeeded + excluded.succeeded)
            SELECT id FROM done
            """,
            new { now, ids = jobs.Select(j => j.Id).ToArray(), attempts = jobs.Select(j => j.Attempt).ToArray(), owner, minute = now - now % 60_000 });
        return ids.ToList();
    }

    public override async Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<NewJob> jobs, CancellationToken ct)
    {
        // Keyed jobs go one by one (an existing key must return its id); the rest in one statement.
        if (jobs.Any(j => j.IdempotencyKey is not null || j.ParentJobId is not null) || jobs.Count == 1)
            return await base.InsertAsync(jobs, ct);
        var first = jobs[0];
        var now = UnixMs.From(first.NowUtc);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var ids = await connection.QueryAsync<long>(
            """
            WITH inserted AS (
                INSERT INTO jobs (type, queue, state, payload, attempt, run_at_utc, created_utc, state_changed_utc, created_state, created_reason)
                SELECT t.type, t.queue, t.state, t.payload, 0, t.run_at, @now, @now, t.state, @reason
                FROM unnest(@types, @queues, @states, @payloads, @runAts) WITH ORDINALITY AS t(type, queue, state, payload, run_at, ord)
                ORDER BY t.ord
                RETURNING id)
            SELECT id FROM inserted ORDER BY id
            """,
            new
            {
                now, reason = first.Reason,
                types = jobs.Select(j => j.Type).ToArray(), queues = jobs.Select(j => j.Queue).ToArray(),
                states = jobs.Select(j => j.State.ToString()).ToArray(), payloads = jobs.Select(j => j.PayloadJson).ToArray(),
                runAts = jobs.Select(j => UnixMs.From(j.RunAtUtc)).ToArray(),
            });
        // Identity values are drawn in the insert's row order, which follows ORDER BY t.ord.
        return ids.ToList();
    }
}
