namespace OrchardCommerce.Sync.Bench;

/// <summary>Latencies in milliseconds and their percentiles.</summary>
internal sealed class Samples(string name)
{
    private readonly List<double> _ms = [];

    public string Name { get; } = name;

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public override string ToString() =>
        $"{Name,-34}: p50 {Percentile(0.5),7:N1} ms  p95 {Percentile(0.95),7:N1} ms  p99 {Percentile(0.99),7:N1} ms  ({_ms.Count} samples)";
}
