using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Keeps one recurring reconciliation per running tenant (<see cref="SyncOptions.ReconcileCron"/>): added when a
/// tenant appears, removed when it goes. Registering is idempotent, so every daemon replica may do it.
/// </summary>
public sealed class ReconcileScheduler(TenantDirectory directory, IJobClient jobs, IOptions<SyncOptions> sync, IOptions<DaemonOptions> daemon,
    IHostApplicationLifetime lifetime, ILogger<ReconcileScheduler> logger) : BackgroundService
{
    private readonly HashSet<string> _scheduled = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await HostStart.WaitAsync(lifetime, stoppingToken); }
        catch (OperationCanceledException) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await ScheduleAsync(await directory.GetAsync(stoppingToken), stoppingToken); }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug("Reconciliation schedules not updated this round: {Error}", exception.Message);
            }
            try { await Task.Delay(daemon.Value.TenantRefreshInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task ScheduleAsync(IReadOnlyList<CmsTenant> tenants, CancellationToken ct)
    {
        foreach (var tenant in tenants.Where(t => !_scheduled.Contains(t.Name)))
        {
            await jobs.AddOrUpdateRecurringAsync(SyncJobs.ReconcileRecurringId(tenant.Name), SyncJobs.ReconcileTenant, sync.Value.ReconcileCron, "UTC",
                JsonSerializer.SerializeToNode(new ReconcileTenant(tenant.Name, "schedule"), JsonSerializerOptions.Web), ct: ct);
            _scheduled.Add(tenant.Name);
        }
        foreach (var gone in _scheduled.Where(name => tenants.All(t => !t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            await jobs.RemoveRecurringAsync(SyncJobs.ReconcileRecurringId(gone), ct);
            _scheduled.Remove(gone);
        }
    }
}
