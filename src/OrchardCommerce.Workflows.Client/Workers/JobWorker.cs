using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// The worker of one job type: a long-poll loop that asks only for free capacity (MaxJobsActive minus jobs held),
/// hands each job to its handler on the thread pool (at most Concurrency at once) and reports the result.
/// The loop returns on stop and throws on anything unexpected, for its supervisor to restart it.
/// </summary>
internal sealed partial class JobWorker(
    JobWorkerRegistration registration, IServiceProvider services, JobWorkerMonitor monitor, JobWorkerMetrics metrics,
    TimeProvider time, ILogger<JobWorker> logger)
{
    private readonly JobWorkerOptions _options = registration.Options;
    private readonly SemaphoreSlim _capacity = new(registration.Options.MaxJobsActive);
    private readonly SemaphoreSlim _handlers = new(registration.Options.EffectiveConcurrency);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly CancellationTokenSource _abort = new();
    private int _failures, _idlePolls;

    public string JobType => registration.JobType;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (!await WaitForCapacityAsync(stop)) return;
            var held = 1;
            while (held < _options.MaxJobsActive && _capacity.Wait(0)) held++;
            IReadOnlyList<ActivatedJob> jobs = [];
            try
            {
                var pollStarted = time.GetTimestamp();
                var activation = await ActivateAsync(held, stop);
                if (activation is null)
                {
                    await PauseAsync(ExponentialBackoff.Delay(_failures, _options.FailureBackoff, _options.MaxBackoff), stop);
                    continue;
                }
                jobs = activation;
                if (jobs.Count == 0) await OnIdleAsync(time.GetElapsedTime(pollStarted), stop);
            }
            finally
            {
                // Capacity not taken up by jobs goes back, also when the loop dies here.
                if (held > jobs.Count) _capacity.Release(held - jobs.Count);
            }
            foreach (var job in jobs) Start(job);
        }
    }

    /// <summary>One activation; null when it failed (logged once on entering the failing state).</summary>
    private async Task<IReadOnlyList<ActivatedJob>?> ActivateAsync(int count, CancellationToken stop)
    {
        // Resolved per poll: the typed client is transient and its handlers rotate. A failure here is not a poll
        // failure but a broken process, and kills the loop.
        var client = services.GetRequiredService<CamundaClient>();
        IReadOnlyList<ActivatedJob> jobs;
        try
        {
            jobs = await client.ActivateJobsAsync(new ActivateJobsRequest
            {
                Type = JobType,
                Worker = registration.WorkerName,
                Timeout = _options.JobTimeout,
                MaxJobsToActivate = count,
                FetchVariable = _options.FetchVariables,
                RequestTimeout = _options.PollTimeout,
            }, stop);
        }
        catch (Exception e) when (IsPollFailure(e, stop))
        {
            OnPollFailed(e);
            return null;
        }
        OnPollSucceeded(jobs.Count);
        return jobs;
    }

    private static bool IsPollFailure(Exception e, CancellationToken stop) => e switch
    {
        OperationCanceledException => !stop.IsCancellationRequested,
        HttpRequestException or CamundaProblemException or JsonException => true,
        _ => false,
    };

    private void OnPollFailed(Exception error)
    {
        _failures++;
        metrics.PollFailed(JobType);
        monitor.PollFailed(JobType, error);
        if (_failures == 1)
            logger.LogWarning(error, "Job worker {JobType}: activating jobs failed; retrying with back-off (logged again on recovery)", JobType);
    }

    private void OnPollSucceeded(int count)
    {
        if (_failures > 0)
        {
            logger.LogInformation("Job worker {JobType}: activating jobs works again after {Failures} failed attempts", JobType, _failures);
            _failures = 0;
            monitor.Recovered(JobType);
        }
        if (count == 0) return;
        _idlePolls = 0;
        metrics.Activated(JobType, count);
        monitor.Activated(JobType, count);
    }

    // An empty answer that came back well before the long-poll time means the server does not hold polls:
    // back off so an idle worker does not spin. After a real long poll, poll again at once.
    private async Task OnIdleAsync(TimeSpan pollTook, CancellationToken stop)
    {
        monitor.Idle(JobType);
        if (pollTook >= _options.PollTimeout / 2)
        {
            _idlePolls = 0;
            return;
        }
        _idlePolls++;
        await PauseAsync(ExponentialBackoff.Delay(_idlePolls, _options.IdleBackoff, _options.MaxBackoff), stop);
    }

    // Cancellation only means stopping; the loop condition sees it (a slot won in the race no longer matters).
    private async Task<bool> WaitForCapacityAsync(CancellationToken stop)
    {
        await _capacity.WaitAsync(stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return !stop.IsCancellationRequested;
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stop) =>
        await Task.Delay(delay, time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
