namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>A snapshot of one job type's worker for the dashboard and the health check. Counts are since start.</summary>
public sealed record JobWorkerStatus(
    string JobType,
    string WorkerName,
    JobWorkerState State,
    DateTimeOffset? LastActivation,
    long Activated,
    long Completed,
    long Failed,
    long ErrorsThrown,
    long PollFailures,
    long Restarts,
    int Running,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? FailingSince,
    bool StoppedUnexpectedly);
