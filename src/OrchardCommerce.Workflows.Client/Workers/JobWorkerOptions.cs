namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>How one job type's worker polls and runs handlers; set per type in <c>AddJobWorker</c>.</summary>
public sealed class JobWorkerOptions
{
    /// <summary>Echoed into the activated jobs; defaults to "&lt;machine&gt;-&lt;job type&gt;".</summary>
    public string? WorkerName { get; set; }

    /// <summary>Jobs held at once (activated and not yet reported); a poll asks only for the free capacity.</summary>
    public int MaxJobsActive { get; set; } = 32;

    /// <summary>Handlers running at once; defaults to <see cref="MaxJobsActive"/>.</summary>
    public int? Concurrency { get; set; }

    /// <summary>How long an activated job is reserved for this worker before the cluster hands it out again.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The long-poll time (requestTimeout) of each activation.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The variables handlers need; all visible variables when null.</summary>
    public IReadOnlyList<string>? FetchVariables { get; set; }

    /// <summary>First pause after an empty poll the server answered early (no long polling); doubles up to MaxBackoff.</summary>
    public TimeSpan IdleBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>First pause after a failed poll or a crashed loop; doubles up to MaxBackoff.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long shutdown waits for running handlers before cancelling them.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal int EffectiveConcurrency => Math.Min(Concurrency ?? MaxJobsActive, MaxJobsActive);

    internal void Validate(string jobType)
    {
        string? error = null;
        if (MaxJobsActive < 1) error = $"MaxJobsActive must be at least 1, was {MaxJobsActive}";
        else if (Concurrency is < 1) error = $"Concurrency must be at least 1, was {Concurrency}";
        else if (JobTimeout < TimeSpan.FromMilliseconds(1)) error = $"JobTimeout must be positive, was {JobTimeout}";
        else if (PollTimeout < TimeSpan.Zero) error = $"PollTimeout must not be negative, was {PollTimeout}";
        else if (IdleBackoff < TimeSpan.Zero || FailureBackoff < TimeSpan.Zero || MaxBackoff < TimeSpan.Zero)
            error = "IdleBackoff, FailureBackoff and MaxBackoff must not be negative";
        if (error is not null) throw new ArgumentException($"Job worker '{jobType}': {error}.");
    }
}
