namespace OrchardCommerce.Jobs.CrashWorker;

/// <summary>Command line: connection string, worker count, lease seconds, work delay in ms.</summary>
public sealed record WorkerSettings(string ConnectionString, int Workers, TimeSpan Lease, TimeSpan WorkDelay)
{
    public string Name { get; } = $"worker-{Environment.ProcessId}";

    public static WorkerSettings Parse(string[] args) => new(args[0], int.Parse(args[1]),
        TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromMilliseconds(int.Parse(args[3])));
}
