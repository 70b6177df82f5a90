using System.Diagnostics;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>Closed loop (C workers, each starting the next order when its last one is done) and paced open loop.</summary>
internal static class LoadLoop
{
    public static async Task ClosedAsync(int total, int concurrency, Func<Task> one)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total) await one();
        }));
    }

    /// <summary>Starts one every 1/rate s whatever the previous ones do, and waits for all.</summary>
    public static async Task PacedAsync(int total, double rate, Func<Task> one)
    {
        var started = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            started.Add(Task.Run(one));
        }
        await Task.WhenAll(started);
    }
}
