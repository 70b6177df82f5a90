using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// Runs one worker loop per registered job type and supervises it: a loop that dies is logged, counted and
/// restarted after a back-off, never left silently dead. On stop: no more polling, running handlers finish (bounded).
/// </summary>
internal sealed class JobWorkersHostedService(
    IEnumerable<JobWorkerRegistration> registrations, IServiceProvider services, JobWorkerMonitor monitor, JobWorkerMetrics metrics,
    TimeProvider time, ILogger<JobWorkersHostedService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(JobWorker Worker, Task Supervisor)> _workers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Polling starts once the host has started: a worker inside the engine's own host would otherwise knock
        // on a server that is not listening yet.
        var lifetime = services.GetService<IHostApplicationLifetime>();
        if (lifetime is null || lifetime.ApplicationStarted.IsCancellationRequested) StartWorkers();
        else lifetime.ApplicationStarted.Register(StartWorkers);
        return Task.CompletedTask;
    }

    private void StartWorkers()
    {
        if (_stop.IsCancellationRequested) return;
        foreach (var registration in registrations)
        {
            var worker = ActivatorUtilities.CreateInstance<JobWorker>(services, registration);
            monitor.Register(registration.JobType, registration.WorkerName);
            _workers.Add((worker, Task.Run(() => SuperviseAsync(worker, registration.Options), CancellationToken.None)));
        }
        if (_workers.Count > 0)
            logger.LogInformation("Job workers started for {JobTypes}", string.Join(", ", _workers.Select(w => w.Worker.JobType)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers.Select(w => w.Supervisor));
        await Task.WhenAll(_workers.Select(w => w.Worker.DrainAsync(cancellationToken)));
        foreach (var (worker, _) in _workers) monitor.Stopped(worker.JobType);
    }

    private async Task SuperviseAsync(JobWorker worker, JobWorkerOptions options)
    {
        var stop = _stop.Token;
        var deaths = 0;
        while (!stop.IsCancellationRequested)
        {
            monitor.Started(worker.JobType);
            var started = time.GetTimestamp();
            try
            {
                await worker.RunAsync(stop);
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A loop that ran well for a while starts its back-off afresh.
                deaths = time.GetElapsedTime(started) > options.MaxBackoff ? 1 : deaths + 1;
                var delay = ExponentialBackoff.Delay(deaths, options.FailureBackoff, options.MaxBackoff);
                logger.LogError(e, "Job worker {JobType} died; restarting in {Delay}", worker.JobType, delay);
                metrics.Restarted(worker.JobType);
                monitor.Died(worker.JobType, e);
                try
                {
                    await Task.Delay(delay, time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
