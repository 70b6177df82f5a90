using System.Text.Json.Nodes;
using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>The one suite every storage driver passes: enqueue, claim, complete, keys, priorities, schedules.</summary>
public abstract partial class JobStorageConformanceTests
{
    /// <summary>A fresh, empty store; calling the returned action configures the options for it.</summary>
    protected abstract Task<Action<JobsOptions>> NewStoreAsync();

    private async Task<JobsHarness> HarnessAsync(Action<JobsOptions>? configure = null) => new(await NewStoreAsync(), configure);

    private static JsonNode Payload(string text = "hello", int count = 1) => new JsonObject { ["text"] = text, ["count"] = count };

    [Fact]
    public async Task Enqueue_ThenProcess_SucceedsWithHistoryAndContext()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload("a", 7), new JobOptions(IdempotencyKey: "order-1"));

        var processed = await jobs.Processor.ProcessDueAsync();

        processed.Should().Be(1);
        var detail = (await jobs.Monitor.GetAsync(id))!;
        detail.Job.State.Should().Be(JobState.Succeeded);
        detail.Job.Attempt.Should().Be(1);
        detail.History.Select(h => h.State).Should().Equal(JobState.Enqueued, JobState.Processing, JobState.Succeeded);
        detail.History[1].Worker.Should().Be(jobs.Processor.Owner);
        var (context, payload) = jobs.Log.Runs.Single();
        (context.JobId, context.Attempt, context.IdempotencyKey, context.Queue).Should().Be((id, 1, "order-1", "default"));
        payload.Should().Be(new TestPayload("a", 7));
    }

    [Fact]
    public async Task Enqueue_SameIdempotencyKeyConcurrently_CreatesOneJob()
    {
        await using var jobs = await HarnessAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(IdempotencyKey: "same-key")))));

        ids.Distinct().Should().ContainSingle();
        var (items, total) = await jobs.Monitor.ListAsync(JobState.Enqueued, null, 1, 50);
        total.Should().Be(1);
        items.Single().IdempotencyKey.Should().Be("same-key");
    }

    [Fact]
    public async Task Claim_JobsInSeveralQueues_TakesHighestPriorityQueueFirst()
    {
        await using var jobs = await HarnessAsync(o => o.WorkerCount = 1);
        await jobs.Client.EnqueueAsync("test.record", Payload("low"), new JobOptions(Queue: "low"));
        await jobs.Client.EnqueueAsync("test.record", Payload("default"), new JobOptions(Queue: "default"));
        await jobs.Client.EnqueueAsync("test.record", Payload("critical"), new JobOptions(Queue: "critical"));

        for (var i = 0; i < 3; i++) (await jobs.Processor.ProcessDueAsync()).Should().Be(1);

        jobs.Log.Runs.Select(r => r.Payload.Text).Should().Equal("critical", "default", "low");
    }

    [Fact]
    public async Task Enqueue_WithDelay_RunsOnlyWhenDue()
    {
        await using var jobs = await HarnessAsync();
        var id = await jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(Delay: TimeSpan.FromMinutes(10)));
        (await jobs.JobAsync(id)).State.Should().Be(JobState.Scheduled);

        var early = await jobs.Processor.ProcessDueAsync();
        jobs.Time.Advance(TimeSpan.FromMinutes(10));
        var onTime = await jobs.Processor.ProcessDueAsync();

        (early, onTime).Should().Be((0, 1));
        (await jobs.JobAsync(id)).State.Should().Be(JobState.Succeeded);
    }

    [Fact]
    public async Task Continuation_ParentSucceeds_RunsAfterIt()
    {
        await using var jobs = await HarnessAsync();
        var parent = await jobs.Client.EnqueueAsync("test.record", Payload("parent"));
        var child = await jobs.Client.EnqueueAsync("test.record", Payload("child"), new JobOptions(ContinueAfterJobId: parent));

        await jobs.Processor.ProcessDueAsync();
        var waiting = (await jobs.JobAsync(child)).State;
        var promoted = await jobs.Continuations.RunOnceAsync();
        await jobs.Processor.ProcessDueAsync();

        (waiting, promoted).Should().Be((JobState.Scheduled, 1));
        (await jobs.JobAsync(child)).State.Should().Be(JobState.Succeeded);
        jobs.Log.Runs.Select(r => r.Payload.Text).Should().Equal("parent", "child");
    }

    [Fact]
    public async Task Enqueue_BadInput_IsRefusedNamingTheField()
    {
        await using var jobs = await HarnessAsync();

        var unknownType = () => jobs.Client.EnqueueAsync("no.such.type", Payload());
        var badPayload = () => jobs.Client.EnqueueAsync("test.record", new JsonObject { ["text"] = "x", ["count"] = "not a number" });
        var badQueue = () => jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(Queue: "nope"));
        var badCron = () => jobs.Client.AddOrUpdateRecurringAsync("r", "test.record", "61 * * * *", "UTC", Payload());
        var badZone = () => jobs.Client.AddOrUpdateRecurringAsync("r", "test.record", "0 * * * *", "Mars/Olympus", Payload());

        (await unknownType.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("type");
        (await badPayload.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("payload");
        (await badQueue.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("queue");
        (await badCron.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("cron");
        (await badZone.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("timeZone");
        (await jobs.Monitor.GetCountersAsync()).ByState.Values.Sum().Should().Be(0);
        (await jobs.Monitor.ListRecurringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task EnqueueAll_JobsOfSeveralTypesAndKeys_CreatesAllInOrder_AKnownKeyGivesItsJob_ABadOneCreatesNone()
    {
        await using var jobs = await HarnessAsync();
        var existing = await jobs.Client.EnqueueAsync("test.record", Payload("earlier"), new JobOptions(IdempotencyKey: "page:1"));

        var ids = await jobs.Client.EnqueueAllAsync(
        [
            new JobRequest("test.record", Payload("a"), new JobOptions(IdempotencyKey: "page:1")),
            new JobRequest("test.fail", Payload("b"), new JobOptions(IdempotencyKey: "page:2")),
            new JobRequest("test.record", Payload("c"), new JobOptions(Delay: TimeSpan.FromMinutes(5))),
        ]);
        var bad = () => jobs.Client.EnqueueAllAsync(
        [
            new JobRequest("test.record", Payload("d"), new JobOptions(IdempotencyKey: "page:3")),
            new JobRequest("test.record", Payload("e"), new JobOptions(Queue: "nope")),
        ]);

        ids.Should().HaveCount(3);
        ids[0].Should().Be(existing);
        (await jobs.JobAsync(ids[1])).Type.Should().Be("test.fail");
        (await jobs.JobAsync(ids[2])).State.Should().Be(JobState.Scheduled);
        (await bad.Should().ThrowAsync<JobValidationException>()).Which.Field.Should().Be("queue");
        (await jobs.Monitor.GetCountersAsync()).ByState.Values.Sum().Should().Be(3, "the refused batch wrote none of its jobs");
    }

    [Fact]
    public async Task Monitor_AfterRuns_CountsStatesMinutesAndSearches()
    {
        await using var jobs = await HarnessAsync();
        await jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(IdempotencyKey: "invoice-42"));
        await jobs.Client.EnqueueAsync("test.fail", Payload("fatal"));
        await jobs.Client.EnqueueAsync("test.record", Payload(), new JobOptions(Delay: TimeSpan.FromHours(1)));
        await jobs.Processor.ProcessDueAsync();

        var counters = await jobs.Monitor.GetCountersAsync();
        var (found, total) = await jobs.Monitor.ListAsync(JobState.Succeeded, "INVOICE", 1, 10);

        counters.ByState[JobState.Succeeded].Should().Be(1);
        counters.ByState[JobState.DeadLettered].Should().Be(1);
        counters.ByState[JobState.Scheduled].Should().Be(1);
        counters.LastHour.Should().HaveCount(60);
        counters.LastHour[^1].Should().Be(new MinuteBucket(new DateTime(2025, 3, 28, 12, 0, 0, DateTimeKind.Utc), 1, 1));
        total.Should().Be(1);
        found.Single().IdempotencyKey.Should().Be("invoice-42");
    }
}
