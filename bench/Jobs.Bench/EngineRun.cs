using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Jobs.Bench;

/// <summary>The engine on the same server: batched enqueue of N no-op jobs, then N processed; then pickup latency while idle.</summary>
public sealed class EngineRun : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private long _processed;
    private readonly MeterListener _listener = new();

    public EngineRun(string connectionString, int workers, int batch)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<NoopStarts>();
        services.AddJobs(o =>
        {
            o.Provider = JobsStorageProvider.Postgres;
            o.ConnectionString = connectionString;
            o.WorkerCount = workers;
            o.BatchSize = batch;
        }).AddJobType<NoopPayload, NoopHandler>("bench.noop");
        services.AddJobWorkers();
        _services = services.BuildServiceProvider();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "OrchardCommerce.Jobs" && instrument.Name == "jobs.processed") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _processed, value));
        _listener.Start();
    }

    private IJobClient Client => _services.GetRequiredService<IJobClient>();

    public async Task<(TimeSpan Enqueue, TimeSpan Process)> RunAsync(int jobs, int batch)
    {
        await Client.EnqueueAsync("bench.noop", new JsonObject { ["n"] = 0 }); // migrations and warm-up outside the clock
        var clock = Stopwatch.StartNew();
        for (var from = 1; from <= jobs; from += batch)
            await Client.EnqueueManyAsync("bench.noop",
                Enumerable.Range(from, Math.Min(batch, jobs + 1 - from)).Select(i => (JsonNode?)new JsonObject { ["n"] = i }).ToList());
        var enqueue = clock.Elapsed;
        clock.Restart();
        foreach (var hosted in _services.GetServices<IHostedService>()) await hosted.StartAsync(default);
        while (Interlocked.Read(ref _processed) < jobs + 1) await Task.Delay(5);
        return (enqueue, clock.Elapsed);
    }

    /// <summary>Single enqueues at a steady rate while the workers idle; latency from the enqueue call to the handler's start.</summary>
    public async Task<(double P50, double P99)> PickupLatencyAsync(int count, int perSecond)
    {
        var starts = _services.GetRequiredService<NoopStarts>();
        var sent = new long[count];
        await Task.Delay(500);
        for (var i = 0; i < count; i++)
        {
            sent[i] = Stopwatch.GetTimestamp();
            await Client.EnqueueAsync("bench.noop", new JsonObject { ["n"] = -(i + 1) });
            await Task.Delay(1000 / perSecond);
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (starts.Seen.Count < count && DateTime.UtcNow < deadline) await Task.Delay(10);
        var latencies = Enumerable.Range(0, count).Where(i => starts.Seen.ContainsKey(-(i + 1)))
            .Select(i => Stopwatch.GetElapsedTime(sent[i], starts.Seen[-(i + 1)]).TotalMilliseconds).Order().ToArray();
        return (latencies[latencies.Length / 2], latencies[(int)Math.Ceiling(latencies.Length * 0.99) - 1]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>()) await hosted.StopAsync(default);
        _listener.Dispose();
        await _services.DisposeAsync();
    }
}
