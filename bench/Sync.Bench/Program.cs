using OrchardCommerce.Sync.Bench;

// usage: Sync.Bench [lag samples] [burst changes]. Prints sync lag p50/p95/p99 idle and under a steady write load, and
// events synced per second, each with the baseline measured in the same run.
var samples = args.Length > 0 ? int.Parse(args[0]) : 200;
var burst = args.Length > 1 ? int.Parse(args[1]) : 1000;
Console.WriteLine($"Embedded default (SQLite, daemon in-process): {samples} lag samples per phase, a burst of {burst} price changes over 20 products");

await using (var host = await SyncHost.StartAsync())
{
    var probeId = await host.CreateProductAsync("probe");
    var products = new List<(string Handle, string Id)>();
    for (var i = 0; i < 20; i++) products.Add(($"load-{i:00}", await host.CreateProductAsync($"load-{i:00}")));
    foreach (var (_, id) in products.Append(("probe", probeId)))
        while (await host.MirroredPriceAsync(id) is null) await Task.Delay(10);

    var feed = await LagBenchmark.FeedAsync(host, "probe", samples);
    var idle = await LagBenchmark.CommerceToContentAsync(host, "probe", probeId, samples, "commerce → content, idle", from: 2_000);
    var content = await LagBenchmark.ContentToCommerceAsync(host, probeId, Math.Max(10, samples / 4));
    Samples loaded;
    using (var load = new CancellationTokenSource())
    {
        // A steady 50 writes/s on the other products while the probe is measured.
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !load.IsCancellationRequested; n++)
            {
                await host.RepriceAsync(products[n % products.Count].Handle, 50_000 + n);
                try { await Task.Delay(20, load.Token); } catch (OperationCanceledException) { }
            }
        });
        loaded = await LagBenchmark.CommerceToContentAsync(host, "probe", probeId, samples, "commerce → content, 50 writes/s", from: 9_000);
        load.Cancel();
        await writer;
    }
    var synced = await ThroughputBenchmark.DaemonAsync(host, products, burst);

    await using var baselineHost = await SyncHost.StartAsync(daemon: false);
    var baselineProducts = new List<(string Handle, string Id)>();
    for (var i = 0; i < 20; i++) baselineProducts.Add(($"load-{i:00}", await baselineHost.CreateProductAsync($"load-{i:00}")));
    var direct = await ThroughputBenchmark.DirectAsync(baselineHost, baselineProducts, burst);

    foreach (var s in new[] { idle, content, loaded, feed }) Console.WriteLine("  " + s);
    Console.WriteLine($"  {"events synced, daemon",-34}: {synced,7:N0} changes/s (all {burst} visible on the content side)");
    Console.WriteLine($"  {"baseline: writer syncs inline",-34}: {direct,7:N0} changes/s (no jobs, no feed, nothing durable)");
    Console.WriteLine($"  sync vs feed delivery: p50 {idle.Percentile(0.5) / feed.Percentile(0.5):N1}× as long; daemon throughput {synced / direct:P0} of inline");
    Console.WriteLine($"  goal (p95 ≤ 250 ms idle): {(idle.Percentile(0.95) <= 250 && content.Percentile(0.95) <= 250 ? "met" : "missed")}");
}
