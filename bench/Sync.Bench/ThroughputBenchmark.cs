using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Sync.Bench;

/// <summary>
/// A burst of price changes over many products, 8 writers at a time: with the daemon, until every product's
/// ProductContent item shows its last price; the baseline makes each writer do the sync's two calls itself (read the
/// product, write the mirror) on a host without jobs or daemon.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<double> DaemonAsync(SyncHost host, IReadOnlyList<(string Handle, string Id)> products, int changes)
    {
        var plan = Plan(products, changes, from: 20_000);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (change, _) =>
            await host.RepriceAsync(change.Handle, change.Price));
        var last = plan.GroupBy(c => c.Id).Select(g => (Id: g.Key, Price: g.Max(c => c.Price))).ToList();
        foreach (var (id, price) in last)
            while (await host.MirroredPriceAsync(id) != price / 100m) await Task.Delay(5);
        return changes / clock.Elapsed.TotalSeconds;
    }

    public static async Task<double> DirectAsync(SyncHost host, IReadOnlyList<(string Handle, string Id)> products, int changes)
    {
        var plan = Plan(products, changes, from: 20_000);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (change, ct) =>
        {
            await host.RepriceAsync(change.Handle, change.Price);
            var product = (await host.Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{change.Id}", ct))!;
            var variant = product["variants"]![0]!;
            (await host.Admin.PutAsJsonAsync($"/api/sync/products/{change.Id}/mirror", new JsonObject
            {
                ["version"] = (long)product["version"]!, ["handle"] = (string?)product["handle"], ["title"] = (string?)product["title"],
                ["sku"] = (string?)variant["sku"], ["price"] = (long)variant["prices"]!["EUR"]! / 100m,
            }, ct)).EnsureSuccessStatusCode();
        });
        return changes / clock.Elapsed.TotalSeconds;
    }

    // Round-robin over the products, each change a higher price than the product's previous one.
    private static List<(string Handle, string Id, long Price)> Plan(IReadOnlyList<(string Handle, string Id)> products, int changes, long from) =>
        Enumerable.Range(0, changes).Select(i => (products[i % products.Count].Handle, products[i % products.Count].Id, from + i)).ToList();
}
