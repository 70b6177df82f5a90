using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Webhooks;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

/// <summary>The delivery log in the jobs database, on SQLite and on a real PostgreSQL.</summary>
public abstract class WebhookDeliveryLogTests : IAsyncLifetime
{
    private static readonly DateTime At = new(2025, 3, 1, 9, 30, 0, 123, DateTimeKind.Utc);
    private ServiceProvider _services = null!;

    protected abstract Task ConfigureAsync(JobsOptions options);

    private WebhookDeliveryLog Log => _services.GetRequiredService<WebhookDeliveryLog>();

    public async Task InitializeAsync()
    {
        var options = new JobsOptions();
        await ConfigureAsync(options);
        var services = new ServiceCollection();
        services.AddJobs(o => (o.Provider, o.ConnectionString, o.SqlitePath, o.Schema) = (options.Provider, options.ConnectionString, options.SqlitePath, options.Schema));
        services.AddSingleton<WebhookDeliveryLog>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static WebhookDeliveryAttempt Attempt(long jobId, int attempt, string outcome, int? status, string tenant = "acme",
        long? redeliveryOf = null) =>
        new(0, tenant, "whsub_1", "https://example.com/hooks", $"evt_{jobId}", "product.created", jobId, attempt, redeliveryOf, outcome, status,
            outcome == WebhookDeliveryOutcome.Delivered ? null : $"HTTP {status}", 42, At.AddSeconds(attempt), """{"id":"evt"}""");

    [Fact]
    public async Task Record_Attempts_ReadBackInOrderWithEveryField()
    {
        await Log.RecordAsync(Attempt(7, 1, WebhookDeliveryOutcome.Failed, 500));
        await Log.RecordAsync(Attempt(7, 2, WebhookDeliveryOutcome.Delivered, 200, redeliveryOf: 3));

        var attempts = await Log.AttemptsAsync(7);

        attempts.Select(a => (a.Attempt, a.Outcome, a.StatusCode, a.Error)).Should().Equal(
            (1, WebhookDeliveryOutcome.Failed, 500, "HTTP 500"), (2, WebhookDeliveryOutcome.Delivered, 200, null));
        attempts[1].Should().BeEquivalentTo(Attempt(7, 2, WebhookDeliveryOutcome.Delivered, 200, redeliveryOf: 3) with { Id = attempts[1].Id });
        attempts[1].AtUtc.Kind.Should().Be(DateTimeKind.Utc);
        (await Log.AttemptsAsync(8)).Should().BeEmpty();
    }

    [Fact]
    public async Task Prune_OlderThanCutoff_OnlyThoseDeletedInBatches()
    {
        foreach (var attempt in Enumerable.Range(1, 5)) await Log.RecordAsync(Attempt(7, attempt, WebhookDeliveryOutcome.Failed, 500));

        var first = await Log.PruneAsync(At.AddSeconds(3.5), limit: 2);
        var second = await Log.PruneAsync(At.AddSeconds(3.5), limit: 2);
        var third = await Log.PruneAsync(At.AddSeconds(3.5), limit: 2);

        (first, second, third).Should().Be((2, 1, 0));
        (await Log.AttemptsAsync(7)).Select(a => a.Attempt).Should().Equal(4, 5);
    }

    [Fact]
    public async Task Pruner_RetentionFromOptions_DeletesEverythingOlder()
    {
        foreach (var attempt in Enumerable.Range(1, 3)) await Log.RecordAsync(Attempt(9, attempt, WebhookDeliveryOutcome.Failed, 500));
        var clock = new FixedClock(At.AddSeconds(2.5).AddDays(30));
        var options = new WebhookOptions();
        var pruner = new WebhookLogPruner(Log, new FixedOptionsMonitor<WebhookOptions>(options), clock, null!, Microsoft.Extensions.Logging.Abstractions.NullLogger<WebhookLogPruner>.Instance);

        var pruned = await pruner.PruneAsync(CancellationToken.None);

        pruned.Should().Be(2);
        (await Log.AttemptsAsync(9)).Select(a => a.Attempt).Should().Equal(3);
    }

    private sealed class FixedClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow);
    }

    [Fact]
    public async Task List_SeveralDeliveries_LatestAttemptOfEachNewestFirstFilteredAndPaged()
    {
        await Log.RecordAsync(Attempt(1, 1, WebhookDeliveryOutcome.Failed, 500));
        await Log.RecordAsync(Attempt(2, 1, WebhookDeliveryOutcome.Delivered, 204, tenant: "globex"));
        await Log.RecordAsync(Attempt(1, 2, WebhookDeliveryOutcome.Failed, 503));
        await Log.RecordAsync(Attempt(3, 1, WebhookDeliveryOutcome.Skipped, null));

        var (all, total) = await Log.ListAsync(null, null, 1, 10);
        var (acme, _) = await Log.ListAsync("acme", null, 1, 10);
        var (failed, failedTotal) = await Log.ListAsync(null, WebhookDeliveryOutcome.Failed, 1, 10);
        var (second, pagedTotal) = await Log.ListAsync(null, null, 2, 2);

        total.Should().Be(3);
        all.Select(a => (a.JobId, a.StatusCode)).Should().Equal((3, null), (1, 503), (2, 204));
        acme.Select(a => a.JobId).Should().Equal(3, 1);
        (failedTotal, failed.Single().JobId, failed.Single().Attempt).Should().Be((1, 1, 2));
        (pagedTotal, second.Single().JobId).Should().Be((3, 2));
        (await Log.TenantsAsync()).Should().Equal("acme", "globex");
    }
}

public sealed class SqliteWebhookDeliveryLogTests : WebhookDeliveryLogTests
{
    protected override Task ConfigureAsync(JobsOptions options)
    {
        options.Provider = JobsStorageProvider.Sqlite;
        options.SqlitePath = Path.Combine(Path.GetTempPath(), "oc-webhook-log-tests", $"{Guid.NewGuid():N}.db");
        return Task.CompletedTask;
    }
}

public sealed class PostgresWebhookDeliveryLogTests : WebhookDeliveryLogTests
{
    protected override async Task ConfigureAsync(JobsOptions options)
    {
        options.Provider = JobsStorageProvider.Postgres;
        options.ConnectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        options.Schema = "jobs";
    }
}
