using System.Diagnostics;

namespace OrchardCommerce.Bench;

/// <summary>Closed-loop HTTP load: N connections each sending the next request when the last one answered.</summary>
internal static class LoadGenerator
{
    public sealed record Result(long Requests, double Seconds, long Errors)
    {
        public double PerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(Uri url, string host, int connections, TimeSpan warmup, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false });
        client.DefaultRequestHeaders.Host = host;
        await LoopAsync(client, url, connections, warmup);
        return await LoopAsync(client, url, connections, duration);
    }

    private static async Task<Result> LoopAsync(HttpClient client, Uri url, int connections, TimeSpan duration)
    {
        long requests = 0, errors = 0;
        var stopwatch = Stopwatch.StartNew();
        var until = stopwatch.Elapsed + duration;
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            while (stopwatch.Elapsed < until)
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref requests);
                else Interlocked.Increment(ref errors);
            }
        });
        await Task.WhenAll(workers);
        return new Result(requests, stopwatch.Elapsed.TotalSeconds, errors);
    }
}
