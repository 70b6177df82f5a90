using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Execution;
using OrchardCommerce.Jobs.Maintenance;

namespace OrchardCommerce.Jobs.Hosting;

/// <summary>Starts the workers and runs the maintenance tasks (rescue, scheduler, continuations, retention) on an interval.</summary>
internal sealed class JobsHostedService(
    JobProcessor processor, LeaseRescuer rescuer, RecurringScheduler scheduler, ContinuationPromoter continuations,
    RetentionCleaner retention, IOptions<JobsOptions> options, ILogger<JobsHostedService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stop = new();
    private Task _maintenance = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await processor.StartAsync(cancellationToken);
        _maintenance = Task.Run(MaintainAsync, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stop.Cancel();
        await _maintenance;
        await processor.StopAsync(CancellationToken.None);
    }

    private async Task MaintainAsync()
    {
        var lastRetention = DateTime.MinValue;
        while (!_stop.IsCancellationRequested)
        {
            await RunAsync("lease rescue", () => rescuer.RunOnceAsync(_stop.Token));
            await RunAsync("recurring scheduler", () => scheduler.RunOnceAsync(_stop.Token));
            await RunAsync("continuations", () => continuations.RunOnceAsync(_stop.Token));
            // Retention deletes in bulk; once a minute is plenty.
            if (DateTime.UtcNow - lastRetention > TimeSpan.FromMinutes(1))
            {
                lastRetention = DateTime.UtcNow;
                await RunAsync("retention", () => retention.RunOnceAsync(_stop.Token));
            }
            try
            {
                await Task.Delay(options.Value.MaintenanceInterval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunAsync(string task, Func<Task<int>> run)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (!_stop.IsCancellationRequested)
        {
            logger.LogError(e, "Jobs maintenance task {Task} failed", task);
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Shutting down: the task was cut short and runs again at the next start.
        }
    }
}
