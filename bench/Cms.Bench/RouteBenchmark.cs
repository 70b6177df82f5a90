namespace OrchardCommerce.Bench;

/// <summary>
/// A published item by route through the read API, against bare Kestrel returning the same bytes from memory.
/// Both servers run in this process and are loaded by the same generator, one after the other.
/// </summary>
internal static class RouteBenchmark
{
    private const string Path = "/api/content/by-route?path=%2Fproducts%2Ftrailblazer-45l-backpack";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
        var connections = args.Length > 1 ? int.Parse(args[1]) : 32;
        await using var cms = await BenchHost.StartAsync();
        await cms.WaitForAsync("acme.localhost", Path);
        using var probe = cms.Client("acme.localhost");
        using var sample = await probe.GetAsync(Path);
        var body = await sample.Content.ReadAsByteArrayAsync();
        var (raw, rawAddress) = await RawServer.StartAsync(body, sample.Content.Headers.ContentType!.ToString());
        await using var _ = raw;

        var warmup = TimeSpan.FromSeconds(3);
        var duration = TimeSpan.FromSeconds(seconds);
        var ours = await LoadGenerator.RunAsync(new Uri(cms.Address, Path), "acme.localhost", connections, warmup, duration);
        var baseline = await LoadGenerator.RunAsync(new Uri(rawAddress, "/raw"), "localhost", connections, warmup, duration);

        Console.WriteLine($"published item by route ({body.Length} bytes, {connections} connections, {seconds} s each, SQLite)");
        Console.WriteLine($"  Cms.Web read API : {ours.PerSecond,10:N0} req/s  ({ours.Errors} errors)");
        Console.WriteLine($"  raw Kestrel      : {baseline.PerSecond,10:N0} req/s  ({baseline.Errors} errors)");
        Console.WriteLine($"  ratio            : {ours.PerSecond / baseline.PerSecond:P1} of raw (goal >= 30 %)");
        return ours.Errors == 0 ? 0 : 1;
    }
}
