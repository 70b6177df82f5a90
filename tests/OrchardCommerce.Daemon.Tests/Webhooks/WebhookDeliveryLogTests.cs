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
