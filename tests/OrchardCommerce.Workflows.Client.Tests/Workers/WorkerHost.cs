using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>A generic host running one job worker against the test server, as the daemon would.</summary>
public sealed class WorkerHost : IAsyncDisposable
{
    private WorkerHost(IHost host, CapturingLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }
    public CapturingLoggerProvider Logs { get; }
    public JobWorkerMonitor Monitor => Host.Services.GetRequiredService<JobWorkerMonitor>();

    public static async Task<WorkerHost> StartAsync(CamundaTestServer server, string jobType, HandlerProbe probe,
        Action<JobWorkerOptions>? worker = null, Action<IHttpClientBuilder>? http = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(probe);
        var client = builder.Services.AddCamundaClient(o =>
        {
            o.RestAddress = server.RestAddress;
            o.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxDelay = TimeSpan.FromMilliseconds(10);
        });
        http?.Invoke(client);
        builder.Services.AddJobWorker<ProbeHandler>(jobType, o =>
        {
            o.WorkerName = "test-worker";
            o.PollTimeout = TimeSpan.FromSeconds(1);
            o.FailureBackoff = TimeSpan.FromMilliseconds(20);
            o.MaxBackoff = TimeSpan.FromMilliseconds(200);
            o.IdleBackoff = TimeSpan.FromMilliseconds(20);
            worker?.Invoke(o);
        });
        // Wide enough that a stalled CI machine does not already call a fresh failure long (the health test waits past it).
        builder.Services.AddJobWorkerHealthCheck(TimeSpan.FromSeconds(2));
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new WorkerHost(host, logs);
    }

    /// <summary>Waits until the monitor shows what the test needs (the loop runs on its own).</summary>
    public async Task WaitUntilAsync(string jobType, Func<JobWorkerStatus, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!(Monitor.GetStatus(jobType) is { } status && condition(status)))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Worker {jobType} never reached the state; last: {Monitor.GetStatus(jobType)}");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
