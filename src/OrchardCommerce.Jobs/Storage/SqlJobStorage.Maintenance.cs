using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>Queries of the maintenance tasks: expired leases, continuations, retention, servers.</summary>
internal abstract partial class SqlJobStorage
{
    public async Task<IReadOnlyList<(long Id, string Owner, int Attempt)>> FindExpiredLeasesAsync(DateTime nowUtc, int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<(long, string, long)>(
            "SELECT id, lease_owner, attempt FROM jobs WHERE state = 'Processing' AND lease_until_utc < @now ORDER BY lease_until_utc LIMIT @limit",
            new { now = UnixMs.From(nowUtc), limit });
        return rows.Select(r => (r.Item1, r.Item2, (int)r.Item3)).ToList();
    }

    public async Task<IReadOnlyList<long>> FindJobsAsync(JobState state, string? type, int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<long>(
            "SELECT id FROM jobs WHERE state = @state AND (@type IS NULL OR type = @type) ORDER BY id LIMIT @limit",
            new { state = state.ToString(), type, limit });
        return rows.ToList();
    }

    public async Task<IReadOnlyList<long>> FindReadyContinuationsAsync(int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<long>(ReadyContinuationsSql, new { limit });
        return rows.ToList();
    }

    /// <summary>Continuations whose parent succeeded, oldest first; answered from ix_jobs_waiting_continuations.</summary>
    internal const string ReadyContinuationsSql = """
        SELECT c.id FROM jobs c JOIN jobs p ON p.id = c.parent_job_id
        WHERE c.parent_job_id IS NOT NULL AND c.state = 'Scheduled' AND c.run_at_utc IS NULL AND p.state = 'Succeeded'
        ORDER BY c.id LIMIT @limit
        """;

    /// <summary>Finished jobs past the cutoff, oldest first, in a total order; answered from ix_jobs_finished.</summary>
    internal const string ExpiredSql =
        "SELECT id FROM jobs WHERE state IN ('Succeeded', 'Deleted') AND state_changed_utc < @cutoff ORDER BY state_changed_utc, id LIMIT @limit";

    public async Task<int> DeleteExpiredAsync(DateTime cutoffUtc, int limit, CancellationToken ct)
    {
        var args = new { cutoff = UnixMs.From(cutoffUtc), limit };
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await using var transaction = await BeginWriteAsync(connection, ct);
        await connection.ExecuteAsync($"DELETE FROM job_history WHERE job_id IN ({ExpiredSql})", args, transaction);
        var deleted = await connection.ExecuteAsync($"DELETE FROM jobs WHERE id IN ({ExpiredSql})", args, transaction);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    public async Task HeartbeatServerAsync(ServerInfo server, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await connection.ExecuteAsync(
            """
            INSERT INTO servers (id, host, worker_count, queues, started_utc, heartbeat_utc)
            VALUES (@Id, @Host, @WorkerCount, @queues, @started, @heartbeat)
            ON CONFLICT (id) DO UPDATE SET heartbeat_utc = excluded.heartbeat_utc, worker_count = excluded.worker_count, queues = excluded.queues
            """,
            new { server.Id, server.Host, server.WorkerCount, queues = string.Join(",", server.Queues),
                started = UnixMs.From(server.StartedUtc), heartbeat = UnixMs.From(server.HeartbeatUtc) });
    }

    public async Task RemoveServerAsync(string id, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await connection.ExecuteAsync("DELETE FROM servers WHERE id = @id", new { id });
    }

    public async Task<int> RemoveStaleServersAsync(DateTime cutoffUtc, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        return await connection.ExecuteAsync("DELETE FROM servers WHERE heartbeat_utc < @cutoff", new { cutoff = UnixMs.From(cutoffUtc) });
    }
}
