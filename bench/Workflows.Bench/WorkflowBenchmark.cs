using System.Collections.Concurrent;
using System.Diagnostics;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// N approved orders, C placed at a time. Workflow side: each ends when the feed says completed (change feed →
/// durable job → order-placed message → engine → five job workers → orders API). Baseline: the same orders placed on
/// a host without engine or daemon, and the workers' four order calls made right after checkout by the placing
/// client. Latency runs from the checkout's answer to completed.
/// </summary>
internal static class WorkflowBenchmark
{
    public sealed record Result(string Name, int Orders, int Completed, double Seconds, double[] LatenciesMs)
    {
        public double PerSecond => Completed / Seconds;
        public double Percentile(double p) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)(p * LatenciesMs.Length))];
    }

    public static async Task<Result> WorkflowAsync(int orders, int concurrency)
    {
        await using var host = await EmbeddedHost.StartAsync(concurrency * 2, workflows: true);
        await host.SeedAsync("WF-1", orders * 2L);
        var client = new OrderClient(host.Admin, "WF-1");
        await using var watcher = new CompletionWatcher(host.Admin);
        watcher.Start();
        await WarmUpAsync(client, watcher);
        var placed = new ConcurrentDictionary<string, long>();
        var start = Stopwatch.GetTimestamp();
        await LoopAsync(orders, concurrency, async () => { var (id, at) = await client.PlaceAsync(); placed[id] = at; });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (placed.Keys.Count(id => watcher.TryGet(id, out _)) < orders && DateTime.UtcNow < deadline) await Task.Delay(20);
        var completed = placed
            .Select(p => watcher.TryGet(p.Key, out var end) ? (Placed: p.Value, Ended: end.At, end.Status) : (Placed: p.Value, Ended: 0L, Status: "running"))
            .Where(e => e.Status == "completed").ToList();
        var last = completed.Count == 0 ? Stopwatch.GetTimestamp() : completed.Max(e => e.Ended);
        return new Result("workflow (engine + daemon)", orders, completed.Count, Stopwatch.GetElapsedTime(start, last).TotalSeconds,
            [.. completed.Select(e => Stopwatch.GetElapsedTime(e.Placed, e.Ended).TotalMilliseconds).Order()]);
    }

    public static async Task<Result> DirectAsync(int orders, int concurrency)
    {
        await using var host = await EmbeddedHost.StartAsync(concurrency * 2, workflows: false);
        await host.SeedAsync("DIRECT-1", orders * 2L);
        var client = new OrderClient(host.Admin, "DIRECT-1");
        await client.FulfillDirectlyAsync((await client.PlaceAsync()).OrderId); // warm-up
        var latencies = new ConcurrentBag<double>();
        var start = Stopwatch.GetTimestamp();
        await LoopAsync(orders, concurrency, async () =>
        {
            var (id, at) = await client.PlaceAsync();
            await client.FulfillDirectlyAsync(id);
            latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        });
        return new Result("direct calls (no engine)", orders, latencies.Count, Stopwatch.GetElapsedTime(start).TotalSeconds, [.. latencies.Order()]);
    }

    // One order end to end first: JIT, shells, pools, the engine's first instance.
    private static async Task WarmUpAsync(OrderClient client, CompletionWatcher watcher)
    {
        var (id, _) = await client.PlaceAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!watcher.TryGet(id, out _))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The warm-up order never completed: is the workflow running?");
            await Task.Delay(20);
        }
    }

    private static async Task LoopAsync(int total, int concurrency, Func<Task> one)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total) await one();
        }));
    }
}
