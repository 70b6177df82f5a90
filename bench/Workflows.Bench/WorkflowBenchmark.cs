using OrchardCommerce.Testing;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// Approved orders from checkout to completed, two ways on the embedded default. Workflow: each order ends when the
/// feed says completed (change feed → durable job → order-placed message → engine → five job workers → orders
/// API). Direct (the baseline): a host without engine or daemon, the workers' order calls made by the placing
/// client right after checkout. Each side runs a throughput phase (N orders, C placed at a time; rate = orders
/// completed over the span from the first checkout to the last completion) and a latency phase (orders placed
/// one every 1/rate s, well below capacity, so latency is the pipeline's and not a queue's).
/// </summary>
internal static class WorkflowBenchmark
{
    public static async Task<Result> WorkflowAsync(Plan plan)
    {
        await using var host = await EmbeddedHost.StartAsync(plan.Concurrency * 2, workflows: true);
        await host.SeedAsync("WF-1", (2 * WarmUp(plan) + plan.Orders + plan.LatencyOrders) * 2L);
        var client = new OrderClient(host.Store, host.Admin, "WF-1");
        await using var watcher = new CompletionWatcher(host.Admin);
        watcher.Start();
        await WaitAsync(watcher, (await client.PlaceAsync()).OrderId); // the first instance: shells, pools, deployment
        var jit = await WarmRun.WarmUpAsync(async () =>
        {
            var warm = new ConcurrentDictionary<string, long>();
            await LoadLoop.ClosedAsync(WarmUp(plan), plan.Concurrency, async () => { var (id, at) = await client.PlaceAsync(); warm[id] = at; });
            await WaitAllAsync(watcher, warm.Keys);
        });
        var placed = new ConcurrentDictionary<string, long>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await LoadLoop.ClosedAsync(plan.Orders, plan.Concurrency, async () => { var (id, at) = await client.PlaceAsync(); placed[id] = at; });
        var ends = await WaitAllAsync(watcher, placed.Keys);
        var throughputEnd = ends.Count == 0 ? Stopwatch.GetTimestamp() : ends.Max();
        var cpuPerOrder = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / plan.Orders;
        var latencies = new ConcurrentBag<double>();
        await LoadLoop.PacedAsync(plan.LatencyOrders, plan.LatencyRate, async () =>
        {
            var (id, at) = await client.PlaceAsync();
            var end = await WaitAsync(watcher, id);
            latencies.Add(Stopwatch.GetElapsedTime(at, end).TotalMilliseconds);
        });
        return new Result("workflow (engine + daemon)", plan.Orders, ends.Count, Stopwatch.GetElapsedTime(start, throughputEnd).TotalSeconds,
            cpuPerOrder, [.. latencies.Order()], jit.Stop());
    }

    /// <summary>
    /// The workflow side alone: N orders placed on a host without the daemon, then a host with it started on the same
    /// data, which drains that backlog from the change feed; rate = N over deployment-to-last-completion.
    /// </summary>
    public static async Task<double> DrainAsync(Plan plan)
    {
        var root = Directory.CreateTempSubdirectory("oc-workflows-drain-").FullName;
        try
        {
            await using (var placing = await EmbeddedHost.StartAsync(plan.Concurrency * 2, workflows: false, root))
            {
                await placing.SeedAsync("DRAIN-1", plan.Orders * 2L);
                var client = new OrderClient(placing.Store, placing.Admin, "DRAIN-1");
                await LoadLoop.ClosedAsync(plan.Orders, plan.Concurrency, () => client.PlaceAsync());
            }
            await using var draining = await EmbeddedHost.StartAsync(plan.Concurrency * 2, workflows: true, root);
            var start = Stopwatch.GetTimestamp();
            await using var watcher = new CompletionWatcher(draining.Admin);
            watcher.Start();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (watcher.Ended < plan.Orders && DateTime.UtcNow < deadline) await Task.Delay(20);
            return watcher.Ended / Stopwatch.GetElapsedTime(start, watcher.LastEnd).TotalSeconds;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    public static async Task<Result> DirectAsync(Plan plan)
    {
        await using var host = await EmbeddedHost.StartAsync(plan.Concurrency * 2, workflows: false);
        await host.SeedAsync("DIRECT-1", (2 * WarmUp(plan) + plan.Orders + plan.LatencyOrders) * 2L);
        var client = new OrderClient(host.Store, host.Admin, "DIRECT-1");
        var jit = await WarmRun.WarmUpAsync(() =>
            LoadLoop.ClosedAsync(WarmUp(plan), plan.Concurrency, async () => await client.FulfillDirectlyAsync((await client.PlaceAsync()).OrderId)));
        var completed = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await LoadLoop.ClosedAsync(plan.Orders, plan.Concurrency, async () =>
        {
            await client.FulfillDirectlyAsync((await client.PlaceAsync()).OrderId);
            Interlocked.Increment(ref completed);
        });
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuPerOrder = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / plan.Orders;
        var latencies = new ConcurrentBag<double>();
        await LoadLoop.PacedAsync(plan.LatencyOrders, plan.LatencyRate, async () =>
        {
            var (id, at) = await client.PlaceAsync();
            await client.FulfillDirectlyAsync(id);
            latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        });
        return new Result("direct calls (no engine)", plan.Orders, completed, seconds, cpuPerOrder, [.. latencies.Order()], jit.Stop());
    }

    // Untimed orders per warm-up round (see WarmRun.WarmUpAsync).
    private static int WarmUp(Plan plan) => Math.Min(plan.Orders / 2, 400);

    private static async Task<List<long>> WaitAllAsync(CompletionWatcher watcher, ICollection<string> orders)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (orders.Count(id => watcher.TryGet(id, out _)) < orders.Count && DateTime.UtcNow < deadline) await Task.Delay(20);
        return [.. orders.Select(id => watcher.TryGet(id, out var end) && end.Status == "completed" ? end.At : 0L).Where(at => at != 0)];
    }

    private static async Task<long> WaitAsync(CompletionWatcher watcher, string orderId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (watcher.TryGet(orderId, out var end)) return end.At;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Order {orderId} never completed: is the workflow running?");
            await Task.Delay(2);
        }
    }
}
