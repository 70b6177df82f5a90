using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>
/// A minimal host on real Kestrel at 127.0.0.1: AddJobs on SQLite in a temporary folder, workers, the test job
/// types and the dashboard at /jobs.
/// </summary>
public sealed class DashboardTestHost : IAsyncDisposable
{
    public const string Token = "ops-token-for-the-dashboard-tests";

    private readonly WebApplication _app;
    private readonly string _folder;

    private DashboardTestHost(WebApplication app, string folder, Uri address) => (_app, _folder, Address) = (app, folder, address);

    public Uri Address { get; }
    public IJobClient Client => _app.Services.GetRequiredService<IJobClient>();
    public IJobMonitor Monitor => _app.Services.GetRequiredService<IJobMonitor>();

    public static async Task<DashboardTestHost> StartAsync(bool workers = true, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("oc-jobs-dashboard-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:Provider"] = "Sqlite",
            ["Jobs:SqlitePath"] = Path.Combine(folder, "jobs.db"),
            ["Jobs:DashboardToken"] = Token,
            ["Jobs:WorkerCount"] = "2",
            ["Jobs:PollInterval"] = "00:00:00.050",
            ["Jobs:HeartbeatInterval"] = "00:00:01",
        });
        if (time is not null) builder.Services.AddSingleton(time);
        var noRetry = new RetryPolicy { MaxAttempts = 1 };
        builder.Services.AddJobs(builder.Configuration)
            .AddJobType<TestPayload, AlwaysFailingHandler>(AlwaysFailingHandler.JobType, noRetry)
            .AddJobType<TestPayload, AlwaysFailingHandler>(AlwaysFailingHandler.BulkJobType, noRetry)
            .AddJobType<TestPayload, AlwaysFailingHandler>(AlwaysFailingHandler.ScriptJobType, noRetry)
            .AddJobType<TestPayload, SucceedingHandler>(SucceedingHandler.JobType);
        if (workers) builder.Services.AddJobWorkers();
        builder.Services.AddJobsDashboard();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapJobsDashboard("/jobs");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardTestHost(app, folder, new Uri(address));
    }

    public DashboardHttpClient CreateClient() => new(Address);

    /// <summary>Enqueues a failing job and waits until the workers have dead-lettered it.</summary>
    public async Task<long> DeadLetterAsync(string note, string? key = null, string type = AlwaysFailingHandler.JobType)
    {
        var id = await Client.EnqueueAsync(type, System.Text.Json.JsonSerializer.SerializeToNode(new TestPayload(note)), new JobOptions(IdempotencyKey: key));
        await WaitForStateAsync(id, JobState.DeadLettered);
        return id;
    }

    public async Task<JobDetail> WaitForStateAsync(long id, JobState state, Func<JobDetail, bool>? also = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var detail = await Monitor.GetAsync(id);
            if (detail?.Job.State == state && (also is null || also(detail))) return detail;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Job #{id} did not reach {state}; it is {detail?.Job.State.ToString() ?? "missing"}.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
