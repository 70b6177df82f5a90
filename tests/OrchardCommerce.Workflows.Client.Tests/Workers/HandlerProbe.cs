using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>What the test handler does for each job, and how many handlers ran at once.</summary>
public sealed class HandlerProbe
{
    private int _running;

    public Func<ActivatedJob, CancellationToken, Task<JobResult>> Behaviour { get; set; } = (_, _) => Task.FromResult(JobResult.Complete());

    public int MaxRunning { get; private set; }

    public async Task<JobResult> RunAsync(ActivatedJob job, CancellationToken ct)
    {
        var running = Interlocked.Increment(ref _running);
        lock (this) MaxRunning = Math.Max(MaxRunning, running);
        try
        {
            return await Behaviour(job, ct);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
