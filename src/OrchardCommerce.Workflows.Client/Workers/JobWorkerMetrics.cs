using System.Diagnostics.Metrics;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>The "OrchardCommerce.Workflows.Workers" meter; every instrument is tagged with the job type.</summary>
internal sealed class JobWorkerMetrics : IDisposable
{
    public const string MeterName = "OrchardCommerce.Workflows.Workers";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _activated, _completed, _failed, _errorsThrown, _pollFailures, _restarts;
    private readonly Histogram<double> _handlerDuration;

    public JobWorkerMetrics()
    {
        _activated = _meter.CreateCounter<long>("workflow.jobs.activated", "{job}", "Jobs activated by this process's workers.");
        _completed = _meter.CreateCounter<long>("workflow.jobs.completed", "{job}", "Jobs completed.");
        _failed = _meter.CreateCounter<long>("workflow.jobs.failed", "{job}", "Jobs failed (retried later, or an incident).");
        _errorsThrown = _meter.CreateCounter<long>("workflow.jobs.errors_thrown", "{job}", "BPMN errors thrown by handlers.");
        _handlerDuration = _meter.CreateHistogram<double>("workflow.jobs.handler.duration", "ms", "Time a handler took for one job.");
        _pollFailures = _meter.CreateCounter<long>("workflow.worker.poll_failures", "{poll}", "Job activations that failed.");
        _restarts = _meter.CreateCounter<long>("workflow.worker.restarts", "{restart}", "Worker loops restarted after dying.");
    }

    public void Activated(string jobType, int count) => _activated.Add(count, Tag(jobType));
    public void Completed(string jobType) => _completed.Add(1, Tag(jobType));
    public void Failed(string jobType) => _failed.Add(1, Tag(jobType));
    public void ErrorThrown(string jobType) => _errorsThrown.Add(1, Tag(jobType));
    public void HandlerDuration(string jobType, TimeSpan duration) => _handlerDuration.Record(duration.TotalMilliseconds, Tag(jobType));
    public void PollFailed(string jobType) => _pollFailures.Add(1, Tag(jobType));
    public void Restarted(string jobType) => _restarts.Add(1, Tag(jobType));

    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Tag(string jobType) => new("job.type", jobType);
}
