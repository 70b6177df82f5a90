using System.Collections.Concurrent;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// The sync's counters per tenant and direction in this process since it started: writes applied and dropped, the
/// lag from the event to its write (the last 1,000), and how many were applied in the last minute.
/// </summary>
public sealed class SyncStats(TimeProvider clock)
{
    private const int Samples = 1000;
    private readonly ConcurrentDictionary<(string Tenant, string Direction), Counter> _counters = new();

    /// <param name="applied">False when the write was stale or changed nothing (a replay, or a newer write got there first).</param>
    public void Record(string tenant, string direction, bool applied, DateTime occurredUtc)
    {
        var counter = _counters.GetOrAdd((tenant, direction), _ => new Counter());
        var now = clock.GetUtcNow();
        lock (counter)
        {
            if (!applied) { counter.Dropped++; return; }
            counter.Applied++;
            counter.LastAppliedUtc = now;
            counter.Lags.Enqueue(now - new DateTimeOffset(DateTime.SpecifyKind(occurredUtc, DateTimeKind.Utc)));
            if (counter.Lags.Count > Samples) counter.Lags.Dequeue();
            counter.Recent.Enqueue(now);
            while (counter.Recent.Count > 0 && now - counter.Recent.Peek() > TimeSpan.FromMinutes(1)) counter.Recent.Dequeue();
        }
    }

    public IReadOnlyList<SyncStatsRow> Snapshot()
    {
        var now = clock.GetUtcNow();
        return _counters.OrderBy(c => c.Key.Tenant, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Key.Direction, StringComparer.Ordinal)
            .Select(c =>
            {
                lock (c.Value)
                {
                    var lags = c.Value.Lags.Order().ToList();
                    return new SyncStatsRow(c.Key.Tenant, c.Key.Direction, c.Value.Applied, c.Value.Dropped, c.Value.LastAppliedUtc,
                        Percentile(lags, 0.50), Percentile(lags, 0.95), Percentile(lags, 0.99),
                        c.Value.Recent.Count(t => now - t <= TimeSpan.FromMinutes(1)));
                }
            }).ToList();
    }

    private static TimeSpan? Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private sealed class Counter
    {
        public long Applied;
        public long Dropped;
        public DateTimeOffset? LastAppliedUtc;
        public readonly Queue<TimeSpan> Lags = new();
        public readonly Queue<DateTimeOffset> Recent = new();
    }
}

/// <param name="PerMinute">Writes applied in the last minute.</param>
public sealed record SyncStatsRow(string Tenant, string Direction, long Applied, long Dropped, DateTimeOffset? LastAppliedUtc,
    TimeSpan? LagP50, TimeSpan? LagP95, TimeSpan? LagP99, int PerMinute);
