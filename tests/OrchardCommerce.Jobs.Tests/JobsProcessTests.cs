using Dapper;
using Npgsql;
using OrchardCommerce.Jobs.Storage;
using OrchardCommerce.Jobs.Tests.Support;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>Real worker processes on one PostgreSQL database: sharing work, and surviving kill -9.</summary>
public sealed class JobsProcessTests
{
    [Fact]
    public async Task TwoProcesses_OneDatabase_ShareWorkAndNeverRunAJobConcurrently()
    {
        var (connectionString, db) = await DatabaseWithJobsAsync(2_000);
        await using var first = WorkerProcess.Start(connectionString, workers: 4, leaseSeconds: 2, workDelayMs: 2);
        await using var second = WorkerProcess.Start(connectionString, workers: 4, leaseSeconds: 2, workDelayMs: 2);

        await WaitAsync(db, "SELECT count(*) FROM jobs.jobs WHERE state <> 'Succeeded'", n => n == 0, TimeSpan.FromSeconds(60));
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        await using var connection = await db.OpenConnectionAsync();
        var perWorker = (await connection.QueryAsync<long>("SELECT count(*) FROM executions GROUP BY worker")).ToList();
        var overlapping = await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM executions a JOIN executions b ON a.job_id = b.job_id AND a.attempt < b.attempt
            WHERE b.started_at < COALESCE(a.ended_at, 'infinity')
            """);
        perWorker.Should().HaveCount(2).And.OnlyContain(n => n > 0);
        perWorker.Sum().Should().Be(2_000, "no job ran twice");
        overlapping.Should().Be(0);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM effects")).Should().Be(2_000);
    }

    [Fact]
    public async Task Crash_KilledMidRun_EveryJobSucceedsAndOnlyInFlightJobsRunAgain()
    {
        var (connectionString, db) = await DatabaseWithJobsAsync(10_000);
        var crashing = WorkerProcess.Start(connectionString, workers: 8, leaseSeconds: 2, workDelayMs: 0);
        await WaitAsync(db, "SELECT count(*) FROM executions", n => n >= 2_500, TimeSpan.FromSeconds(60));
        crashing.Kill();
        await crashing.DisposeAsync();
        await using var connection = await db.OpenConnectionAsync();
        var inFlightAtKill = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM jobs.jobs WHERE state = 'Processing'");

        await using var restarted = WorkerProcess.Start(connectionString, workers: 8, leaseSeconds: 2, workDelayMs: 0);
        await WaitAsync(db, "SELECT count(*) FROM jobs.jobs WHERE state <> 'Succeeded'", n => n == 0, TimeSpan.FromSeconds(60));
        await restarted.StopAsync();

        var executions = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM executions");
        var rescued = await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT job_id) FROM jobs.job_history WHERE reason LIKE 'lease expired%'");
        var rerunWithoutRescue = await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM (SELECT job_id FROM executions GROUP BY job_id HAVING count(*) > 1) twice
            WHERE NOT EXISTS (SELECT 1 FROM jobs.job_history h WHERE h.job_id = twice.job_id AND h.reason LIKE 'lease expired%')
            """);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM jobs.jobs WHERE state = 'Succeeded'")).Should().Be(10_000);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM effects")).Should().Be(10_000, "idempotency keys make the effect happen once");
        inFlightAtKill.Should().BeGreaterThan(0);
        rescued.Should().Be(inFlightAtKill, "exactly the jobs in flight at the kill were given back");
        executions.Should().BeInRange(10_000, 10_000 + inFlightAtKill);
        rerunWithoutRescue.Should().Be(0);
    }

    private static async Task<(string ConnectionString, NpgsqlDataSource Db)> DatabaseWithJobsAsync(int count)
    {
        var connectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var db = NpgsqlDataSource.Create(connectionString);
        await using (var connection = await db.OpenConnectionAsync())
            await connection.ExecuteAsync(
                """
                CREATE TABLE executions (job_id BIGINT NOT NULL, attempt INT NOT NULL, worker TEXT NOT NULL,
                    started_at TIMESTAMPTZ NOT NULL, ended_at TIMESTAMPTZ NULL, PRIMARY KEY (job_id, attempt));
                CREATE TABLE effects (key TEXT PRIMARY KEY, job_id BIGINT NOT NULL);
                """);
        await using var jobs = new JobsHarness(o => { o.Provider = JobsStorageProvider.Postgres; o.ConnectionString = connectionString; },
            time: new ManualTimeProvider(DateTimeOffset.UtcNow));
        for (var from = 0; from < count; from += 1_000)
            await jobs.States.CreateAsync(Enumerable.Range(from, Math.Min(1_000, count - from)).Select(i =>
                new NewJob("crash.record", "default", $$"""{"n":{{i}}}""", $"effect-{i}", JobState.Enqueued, jobs.Now, null, jobs.Now, "enqueued")).ToList(), default);
        return (connectionString, db);
    }

    private static async Task WaitAsync(NpgsqlDataSource db, string sql, Func<long, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using (var connection = await db.OpenConnectionAsync())
                if (done(await connection.ExecuteScalarAsync<long>(sql))) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not reached within {timeout}: {sql}");
            await Task.Delay(50);
        }
    }
}
