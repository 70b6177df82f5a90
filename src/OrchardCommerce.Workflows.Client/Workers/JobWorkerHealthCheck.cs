using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// "workflow-workers": unhealthy when a worker has failed to poll for longer than the threshold, or its loop died
/// and is not running; a short outage (the cluster restarting) stays healthy.
/// </summary>
internal sealed class JobWorkerHealthCheck(JobWorkerMonitor monitor, TimeProvider time, TimeSpan failingThreshold) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var statuses = monitor.GetStatuses();
        var problems = new List<string>();
        foreach (var status in statuses)
        {
            if (status.StoppedUnexpectedly)
                problems.Add($"{status.JobType}: worker loop died ({status.LastError})");
            else if (status is { State: JobWorkerState.Failing, FailingSince: { } since } && now - since > failingThreshold)
                problems.Add($"{status.JobType}: failing since {since:O} ({status.LastError})");
        }
        var data = statuses.ToDictionary(s => s.JobType, s => (object)s.State.ToString());
        return Task.FromResult(problems.Count > 0
            ? new HealthCheckResult(context.Registration.FailureStatus, string.Join("; ", problems), data: data)
            : HealthCheckResult.Healthy($"{statuses.Count} job worker(s) running", data));
    }
}
