namespace OrchardCommerce.Jobs;

/// <summary>Settings of the jobs engine (configuration section "Jobs"); every default lives here.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    public JobsStorageProvider Provider { get; set; } = JobsStorageProvider.Sqlite;
    public string? ConnectionString { get; set; }
    public string SqlitePath { get; set; } = "App_Data/jobs.db";
    public string Schema { get; set; } = "jobs";
    public int WorkerCount { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>Highest priority first; empty means ["critical", "default", "low"].</summary>
    public List<string> Queues { get; set; } = [];

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Used only while idle: an enqueue in this process wakes the workers at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan SucceededRetention { get; set; } = TimeSpan.FromDays(1);
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public string? DashboardToken { get; set; }

    /// <summary>Most jobs one claim takes; a claim never takes more than the free worker slots.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often lease rescue, retention, the recurring scheduler and continuations run.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A stable name for this process in leases and history; empty means host:pid:random.</summary>
    public string? ServerName { get; set; }

    internal static readonly IReadOnlyList<string> DefaultQueues = ["critical", "default", "low"];

    internal IReadOnlyList<string> EffectiveQueues => Queues.Count > 0 ? Queues : DefaultQueues;
}
