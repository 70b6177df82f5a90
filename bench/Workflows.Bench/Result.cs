namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// One side's throughput phase (completed of orders, over seconds, and the process's CPU time per order meanwhile,
/// server and bench client together), latency phase (sorted, ms), and the JIT's and GC's work meanwhile.
/// </summary>
internal sealed record Result(string Name, int Orders, int Completed, double Seconds, double CpuMsPerOrder, double[] LatenciesMs, string Warm)
{
    public double PerSecond => Completed / Seconds;

    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)(p * LatenciesMs.Length))];
}
