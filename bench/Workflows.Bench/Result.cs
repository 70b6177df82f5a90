namespace OrchardCommerce.Workflows.Bench;

/// <summary>One side's throughput phase (completed of orders, over seconds) and latency phase (sorted, ms).</summary>
internal sealed record Result(string Name, int Orders, int Completed, double Seconds, double[] LatenciesMs)
{
    public double PerSecond => Completed / Seconds;

    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)(p * LatenciesMs.Length))];
}
