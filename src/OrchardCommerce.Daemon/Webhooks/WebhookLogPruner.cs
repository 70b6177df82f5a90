using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Keeps the delivery log to <see cref="WebhookOptions.LogRetention"/>: at start and then hourly it deletes older
/// attempts in batches, so one busy tenant's history cannot grow the jobs database without end. Every daemon replica
/// may run it; deleting what another already deleted is harmless.
/// </summary>
public sealed class WebhookLogPruner(WebhookDeliveryLog log, IOptionsMonitor<WebhookOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime, ILogger<WebhookLogPruner> logger) : BackgroundService
{
    public const int BatchSize = 5_000;
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await HostStart.WaitAsync(lifetime, stoppingToken); }
        catch (OperationCanceledException) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await PruneAsync(stoppingToken); }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not prune the webhook delivery log; trying again in an hour: {Error}", exception.Message);
            }
            try { await Task.Delay(Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Deletes every attempt older than the retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.CurrentValue.LogRetention;
        var total = 0;
        int deleted;
        do
        {
            deleted = await log.PruneAsync(cutoff, BatchSize, cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);
        if (total > 0) logger.LogInformation("Pruned {Count} webhook delivery attempts older than {Cutoff:u}", total, cutoff);
        return total;
    }
}
