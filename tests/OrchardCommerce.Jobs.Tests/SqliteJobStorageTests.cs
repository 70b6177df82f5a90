using System.Diagnostics;
using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Jobs.Storage;
using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>The conformance suite on an embedded SQLite file, and how this process's writers share its one write lock.</summary>
public sealed class SqliteJobStorageTests : JobStorageConformanceTests
{
    protected override Task<Action<JobsOptions>> NewStoreAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "oc-jobs-tests", $"{Guid.NewGuid():N}.db");
        return Task.FromResult<Action<JobsOptions>>(o =>
        {
            o.Provider = JobsStorageProvider.Sqlite;
            o.SqlitePath = path;
        });
    }

    [Fact]
    public async Task ContinuationSweep_ReadsItsOwnIndex_NotEveryJobKept()
    {
        var plan = await PlanAsync(SqlJobStorage.ReadyContinuationsSql, new { limit = 1000 });

        plan.Should().Contain(step => step.StartsWith("SCAN c USING INDEX ix_jobs_waiting_continuations"), string.Join("; ", plan));
    }

    [Fact]
    public async Task RetentionSweep_ReadsOnlyFinishedJobsByWhenTheyFinished_NotEveryJobKept()
    {
        var plan = await PlanAsync(SqlJobStorage.ExpiredSql, new { cutoff = 0L, limit = 1000 });

        plan.Should().ContainSingle().Which.Should().StartWith("SEARCH jobs USING INDEX ix_jobs_finished (state_changed_utc<?)");
    }

    /// <summary>SQLite's query plan for <paramref name="sql"/> on a migrated store, a line per step.</summary>
    private async Task<List<string>> PlanAsync(string sql, object args)
    {
        await using var jobs = new JobsHarness(await NewStoreAsync());
        await jobs.Client.EnqueueAsync("test.record", new JsonObject { ["text"] = "a", ["count"] = 1 }); // creates and migrates the store
        await using var connection = await jobs.Get<IJobsDatabase>().OpenAsync();
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, args);
        return rows.Select(row => row.Detail).ToList();
    }

    [Fact]
    public async Task Writes_GoThroughOneKeptConnection_ReplacedWhenItBrokeAndClosedWithTheStorage()
    {
        var path = Path.Combine(Path.GetTempPath(), "oc-jobs-tests", $"{Guid.NewGuid():N}.db");
        var storage = new SqliteJobStorage(path);
        await storage.MigrateAsync(default);
        var now = DateTime.UtcNow;
        NewJob Job(string key) => new("test.record", "default", "{}", key, JobState.Enqueued, now, null, now, "test");

        // Act
        await storage.InsertAsync([Job("a")], default);
        var first = storage.Writer;
        var claimed = await storage.ClaimAsync("default", 1, "worker-a", now, now.AddMinutes(1), default);
        await storage.CompleteAsync([(claimed.Single().Id, claimed.Single().Attempt)], "worker-a", now, default);
        var afterThree = storage.Writer;
        await first!.CloseAsync();
        await storage.InsertAsync([Job("b")], default);
        var replaced = storage.Writer;
        await storage.DisposeAsync();

        // Assert
        afterThree.Should().BeSameAs(first);
        replaced.Should().NotBeSameAs(first);
        replaced!.State.Should().Be(System.Data.ConnectionState.Closed, "disposing the storage closes its writer");
        (await storage.GetStateAsync(claimed.Single().Id, default)).Should().Be(JobState.Succeeded);
    }

    [Fact]
    public async Task Parameters_DapperNamesAfterProperties_CarryTheAtTheSqlUses()
    {
        await using var jobs = new JobsHarness(await NewStoreAsync());
        await jobs.Client.EnqueueAsync("test.record", new JsonObject { ["text"] = "a", ["count"] = 1 });
        await using var connection = await jobs.Get<IJobsDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();

        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";

        // Microsoft.Data.Sqlite would look an unprefixed name up four ways in every statement.
        parameter.ParameterName.Should().Be("@id");
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE type = @type", new { type = "test.record" })).Should().Be(1);
    }

    [Fact]
    public async Task Claim_EmptyQueueWhileAnotherWriterHoldsTheTurn_ReturnsWithoutWaitingForIt()
    {
        await using var jobs = new JobsHarness(await NewStoreAsync());
        await jobs.Client.EnqueueAsync("test.record", new JsonObject { ["text"] = "a", ["count"] = 1 }, new JobOptions { Queue = "low" });
        var database = jobs.Get<IJobsDatabase>();

        IReadOnlyList<ClaimedJob> claimed;
        using (await database.EnterWriteAsync())
        {
            // The turn is held far longer than the claim may take; a claim that queued for it would time out here.
            claimed = await jobs.States.ClaimAsync(["critical"], 5, "worker-a", TimeSpan.FromSeconds(15), default).WaitAsync(TimeSpan.FromSeconds(10));
        }
        var fromLow = await jobs.States.ClaimAsync(["critical", "low"], 5, "worker-a", TimeSpan.FromSeconds(15), default);

        claimed.Should().BeEmpty();
        fromLow.Should().ContainSingle(job => job.Type == "test.record");
    }

    [Fact]
    public async Task Write_WhileAnotherWriterHoldsTheTurn_RunsAsSoonAsTheTurnIsReleased()
    {
        await using var jobs = new JobsHarness(await NewStoreAsync());
        var database = jobs.Get<IJobsDatabase>();
        var cursors = jobs.Get<IFeedCursors>();
        await cursors.AdvanceAsync("commerce:acme", 1);
        var afterRelease = TimeSpan.Zero;

        for (var position = 2; position <= 12; position += 2)
        {
            Task advance;
            using (await database.EnterWriteAsync())
            {
                // Holds SQLite's write lock, as a claim or an enqueue of this process does while it writes.
                await using var connection = await database.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await connection.ExecuteAsync("UPDATE feed_cursors SET position = @position WHERE feed = 'commerce:acme'",
                    new { position }, transaction);
                advance = Task.Run(() => cursors.AdvanceAsync("commerce:acme", position + 1));
                await Task.Delay(10);
                await transaction.CommitAsync();
            }
            var released = Stopwatch.GetTimestamp();
            await advance;
            afterRelease += Stopwatch.GetElapsedTime(released);
        }

        // A writer that met the lock inside SQLite instead would fail busy and be retried only after a 150 ms sleep:
        // over six rounds, more than half a second after the releases.
        afterRelease.Should().BeLessThan(TimeSpan.FromMilliseconds(300));
        (await cursors.GetAsync("commerce:acme")).Should().Be(13);
    }
}
