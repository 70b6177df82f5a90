using Dapper;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>The recurring_jobs table: the scheduler claims each run with a conditional update on next_run_utc.</summary>
internal abstract partial class SqlJobStorage
{
    private const string RecurringColumns =
        "id AS Id, type AS Type, cron AS Cron, time_zone AS TimeZone, queue AS Queue, payload AS PayloadJson, " +
        "next_run_utc AS NextRunMs, last_run_utc AS LastRunMs, last_job_id AS LastJobId";

    public async Task UpsertRecurringAsync(RecurringRow row, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await connection.ExecuteAsync(
            """
            INSERT INTO recurring_jobs (id, type, cron, time_zone, queue, payload, next_run_utc)
            VALUES (@Id, @Type, @Cron, @TimeZone, @Queue, @PayloadJson, @next)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, cron = excluded.cron, time_zone = excluded.time_zone,
                queue = excluded.queue, payload = excluded.payload, next_run_utc = excluded.next_run_utc
            """,
            new { row.Id, row.Type, row.Cron, row.TimeZone, row.Queue, row.PayloadJson, next = UnixMs.From(row.NextRunUtc) });
    }

    public async Task<bool> RemoveRecurringAsync(string id, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        return await connection.ExecuteAsync("DELETE FROM recurring_jobs WHERE id = @id", new { id }) > 0;
    }

    public async Task<RecurringRow?> GetRecurringAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<RecurringDbRow>($"SELECT {RecurringColumns} FROM recurring_jobs WHERE id = @id", new { id });
        return row?.ToRow();
    }

    public async Task<IReadOnlyList<RecurringRow>> GetDueRecurringAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<RecurringDbRow>(
            $"SELECT {RecurringColumns} FROM recurring_jobs WHERE next_run_utc <= @now ORDER BY next_run_utc", new { now = UnixMs.From(nowUtc) });
        return rows.Select(r => r.ToRow()).ToList();
    }

    public async Task<bool> AdvanceRecurringAsync(string id, DateTime expectedNextRunUtc, DateTime? nextRunUtc, DateTime lastRunUtc, long jobId, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        return await connection.ExecuteAsync(
            """
            UPDATE recurring_jobs SET next_run_utc = @next, last_run_utc = @last, last_job_id = @jobId
            WHERE id = @id AND next_run_utc = @expected
            """,
            new { id, expected = UnixMs.From(expectedNextRunUtc), next = UnixMs.From(nextRunUtc), last = UnixMs.From(lastRunUtc), jobId }) == 1;
    }

    public async Task SetRecurringLastJobAsync(string id, long jobId, DateTime lastRunUtc, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await connection.ExecuteAsync("UPDATE recurring_jobs SET last_job_id = @jobId, last_run_utc = @last WHERE id = @id",
            new { id, jobId, last = UnixMs.From(lastRunUtc) });
    }

    private sealed class RecurringDbRow
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string Cron { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public string Queue { get; set; } = "";
        public string PayloadJson { get; set; } = "";
        public long? NextRunMs { get; set; }
        public long? LastRunMs { get; set; }
        public long? LastJobId { get; set; }
        public string? LastState { get; set; }
        public string? LastError { get; set; }

        public RecurringRow ToRow() => new(Id, Type, Cron, TimeZone, Queue, PayloadJson, UnixMs.ToUtc(NextRunMs), UnixMs.ToUtc(LastRunMs), LastJobId);

        public RecurringJobInfo ToInfo() => new(Id, Type, Cron, TimeZone, Queue, UnixMs.ToUtc(NextRunMs), UnixMs.ToUtc(LastRunMs),
            LastState is null ? null : Enum.Parse<JobState>(LastState), LastJobId, LastError);
    }
}
