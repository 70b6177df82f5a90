using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>Read-only queries for the dashboard and the queue-depth gauge.</summary>
internal abstract partial class SqlJobStorage
{
    public async Task<JobCounters> GetCountersAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var byState = Enum.GetValues<JobState>().ToDictionary(s => s, _ => 0L);
        foreach (var (state, count) in await connection.QueryAsync<(string, long)>("SELECT state, count(*) FROM jobs GROUP BY state"))
            byState[Enum.Parse<JobState>(state)] = count;
        var now = UnixMs.From(nowUtc);
        var firstMinute = now - now % 60_000 - 59 * 60_000;
        var stats = (await connection.QueryAsync<(long Minute, long Succeeded, long Failed)>(
                "SELECT minute_utc, succeeded, failed FROM job_stats_minute WHERE minute_utc >= @firstMinute", new { firstMinute }))
            .ToDictionary(s => s.Minute);
        var hour = Enumerable.Range(0, 60).Select(i => firstMinute + i * 60_000L)
            .Select(m => stats.TryGetValue(m, out var s) ? new MinuteBucket(UnixMs.ToUtc(m), s.Succeeded, s.Failed) : new MinuteBucket(UnixMs.ToUtc(m), 0, 0))
            .ToList();
        return new JobCounters(byState, hour);
    }

    public async Task<IReadOnlyDictionary<string, long>> GetQueueDepthsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<(string, long)>("SELECT queue, count(*) FROM jobs WHERE state = 'Enqueued' GROUP BY queue");
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    public async Task<(IReadOnlyList<JobSummary> Items, long Total)> ListAsync(JobState state, string? search, int page, int pageSize, CancellationToken ct)
    {
        const string Filter = "state = @state AND (@search IS NULL OR lower(type) LIKE @search OR lower(idempotency_key) LIKE @search)";
        var args = new
        {
            state = state.ToString(),
            search = search is null ? null : "%" + search.ToLowerInvariant() + "%",
            take = pageSize,
            skip = (page - 1) * pageSize,
        };
        await using var connection = await OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM jobs WHERE {Filter}", args);
        var rows = await connection.QueryAsync<JobRow>($"SELECT {JobRow.Columns} FROM jobs WHERE {Filter} ORDER BY id DESC LIMIT @take OFFSET @skip", args);
        return (rows.Select(r => r.ToSummary()).ToList(), total);
    }

    public async Task<JobDetail?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>($"SELECT {JobRow.Columns} FROM jobs WHERE id = @id", new { id });
        if (row is null) return null;
        var history = await connection.QueryAsync<(string State, long At, string? Reason, string? Worker, string? Exception)>(HistorySql, new { id });
        return new JobDetail(row.ToSummary(), row.Payload,
            history.Select(h => new JobStateRecord(Enum.Parse<JobState>(h.State), UnixMs.ToUtc(h.At), h.Reason, h.Worker, h.Exception)).ToList());
    }

    public async Task<IReadOnlyList<RecurringJobInfo>> ListRecurringAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<RecurringDbRow>(
            """
            SELECT r.id AS Id, r.type AS Type, r.cron AS Cron, r.time_zone AS TimeZone, r.queue AS Queue, r.payload AS PayloadJson,
                r.next_run_utc AS NextRunMs, r.last_run_utc AS LastRunMs, r.last_job_id AS LastJobId, j.state AS LastState, j.last_error AS LastError
            FROM recurring_jobs r LEFT JOIN jobs j ON j.id = r.last_job_id ORDER BY r.id
            """);
        return rows.Select(r => r.ToInfo()).ToList();
    }

    public async Task<IReadOnlyList<ServerInfo>> ListServersAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Id, string Host, long Workers, string Queues, long Started, long Heartbeat)>(
            "SELECT id, host, worker_count, queues, started_utc, heartbeat_utc FROM servers ORDER BY id");
        return rows.Select(r => new ServerInfo(r.Id, r.Host, (int)r.Workers, r.Queues.Split(',', StringSplitOptions.RemoveEmptyEntries),
            UnixMs.ToUtc(r.Started), UnixMs.ToUtc(r.Heartbeat))).ToList();
    }
}
