using System.Diagnostics.Metrics;

namespace OrchardCommerce.Jobs;

/// <summary>The "OrchardCommerce.Jobs" meter: queue depth, pickup latency, processed and failed jobs.</summary>
internal sealed class JobsMetrics : IDisposable
{
    public const string MeterName = "OrchardCommerce.Jobs";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _processed;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _pickupLatency;

    // The gauge reads a snapshot the heartbeat refreshes: an observable callback must not query the database.
    private volatile IReadOnlyDictionary<string, long> _queueDepths = new Dictionary<string, long>();

    public JobsMetrics()
    {
        _processed = _meter.CreateCounter<long>("jobs.processed", "{job}", "Jobs that succeeded.");
        _failed = _meter.CreateCounter<long>("jobs.failed", "{job}", "Job runs that failed, timed out or were dead-lettered.");
        _pickupLatency = _meter.CreateHistogram<double>("jobs.pickup_latency", "ms", "Time from due to claimed.");
        _meter.CreateObservableGauge("jobs.queue_depth",
            () => _queueDepths.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            "{job}", "Enqueued jobs per queue.");
    }

    public void Processed(long count) => _processed.Add(count);

    public void Failed(string type) => _failed.Add(1, new KeyValuePair<string, object?>("type", type));

    public void PickedUp(TimeSpan latency) => _pickupLatency.Record(Math.Max(latency.TotalMilliseconds, 0));

    public void SetQueueDepths(IReadOnlyDictionary<string, long> depths) => _queueDepths = depths;

    public void Dispose() => _meter.Dispose();
}
