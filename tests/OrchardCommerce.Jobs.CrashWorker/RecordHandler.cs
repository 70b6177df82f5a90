using Dapper;
using Npgsql;

namespace OrchardCommerce.Jobs.CrashWorker;

/// <summary>
/// Records every execution (start and end, per job and attempt) and applies a side effect keyed by the job's
/// idempotency key, so the tests can count re-runs and prove the effect happened once.
/// </summary>
public sealed class RecordHandler(NpgsqlDataSource db, WorkerSettings settings) : IJobHandler<RecordPayload>
{
    public async Task HandleAsync(RecordPayload payload, JobContext context, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var args = new { id = context.JobId, attempt = context.Attempt, worker = settings.Name, key = context.IdempotencyKey };
        await connection.ExecuteAsync(
            "INSERT INTO executions (job_id, attempt, worker, started_at) VALUES (@id, @attempt, @worker, clock_timestamp())", args);
        if (settings.WorkDelay > TimeSpan.Zero) await Task.Delay(settings.WorkDelay, ct);
        await connection.ExecuteAsync("INSERT INTO effects (key, job_id) VALUES (@key, @id) ON CONFLICT (key) DO NOTHING", args);
        await connection.ExecuteAsync("UPDATE executions SET ended_at = clock_timestamp() WHERE job_id = @id AND attempt = @attempt", args);
    }
}
