using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace OrchardCommerce.Bench;

/// <summary>
/// Creates N tenants (default 1,000) from the acme recipe through the management API in one process, restarts
/// the host, then sends each tenant its first request (cold: shell built, migrations checked, page rendered).
/// Reports resident memory with every tenant active and the cold first-request latency, against the latency of
/// a warm request to the same pages measured in the same run.
/// </summary>
internal static class TenantsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 1000;
        string appData;
        var create = Stopwatch.StartNew();
        await using (var host = await BenchHost.StartAsync())
        {
            appData = host.AppData;
            await host.WaitForAsync("acme.localhost");
            using var admin = host.Client("localhost", await host.TokenAsync("localhost"));
            for (var i = 0; i < count; i++)
            {
                var response = await admin.PostAsJsonAsync("/api/tenants", new
                {
                    name = $"t{i:D4}", hosts = new[] { $"t{i:D4}.localhost" }, recipe = "acme",
                    adminUserName = "admin", adminEmail = "admin@example.com", adminPassword = BenchHost.AdminPassword,
                });
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"tenant {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        create.Stop();

        await using var restarted = await BenchHost.StartAsync(appData);
        // Warm the process (JIT, pools) on a demo tenant that is not measured: the goal is per cold tenant.
        using (var demo = restarted.Client("acme.localhost")) await TimeAsync(demo);
        var rssBefore = ResidentBytes();
        var cold = new List<double>(count);
        var warm = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            using var client = restarted.Client($"t{i:D4}.localhost");
            cold.Add(await TimeAsync(client));
            warm.Add(await TimeAsync(client));
        }
        GC.Collect();
        var rssAfter = ResidentBytes();

        Console.WriteLine($"{count} tenants from the acme recipe, created in {create.Elapsed.TotalSeconds:N1} s ({create.Elapsed.TotalMilliseconds / count:N1} ms each)");
        // The process also held the host that created the tenants, so "before" is not a bare host.
        Console.WriteLine($"  resident memory  : {rssAfter / 1048576.0:N0} MiB with all {count} active ({rssBefore / 1048576.0:N0} MiB before their first requests) (goal <= 2048 MiB)");
        Console.WriteLine($"  cold first request: p50 {Percentile(cold, 50):N1} ms, p95 {Percentile(cold, 95):N1} ms, p99 {Percentile(cold, 99):N1} ms, max {cold.Max():N1} ms (goal <= 100 ms)");
        Console.WriteLine($"  warm request      : p50 {Percentile(warm, 50):N1} ms, p95 {Percentile(warm, 95):N1} ms (baseline, same pages)");
        Console.WriteLine($"  ratio            : cold p50 is {Percentile(cold, 50) / Percentile(warm, 50):N1}x the warm p50");
        Directory.Delete(appData, recursive: true);
        return 0;
    }

    private static async Task<double> TimeAsync(HttpClient client)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/");
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
