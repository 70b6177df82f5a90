using System.Collections.Concurrent;
using System.Diagnostics;

namespace OrchardCommerce.Jobs.Bench;

public sealed record NoopPayload(int N);

/// <summary>Does nothing but note when it started, for the pickup latency measurement.</summary>
public sealed class NoopHandler(NoopStarts starts) : IJobHandler<NoopPayload>
{
    public Task HandleAsync(NoopPayload payload, JobContext context, CancellationToken ct)
    {
        if (payload.N < 0) starts.Seen[payload.N] = Stopwatch.GetTimestamp();
        return Task.CompletedTask;
    }
}

public sealed class NoopStarts
{
    public ConcurrentDictionary<int, long> Seen { get; } = new();
}
