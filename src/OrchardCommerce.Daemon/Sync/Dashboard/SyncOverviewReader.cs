using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// Gathers the overview: counters from this process, failing sync jobs from the jobs engine (the tenant read from each
/// payload), and each running tenant's last reconciliation reports from Cms.Web. A tenant that cannot be read shows its
/// error instead of failing the page.
/// </summary>
internal sealed class SyncOverviewReader(TenantDirectory directory, CmsClient cms, IJobMonitor monitor, SyncStats stats, FeedActivity feeds)
{
    public const int JobLimit = 100;
    public const int ReportLimit = 5;
    private const string SyncTypePrefix = "sync.";

    public async Task<SyncOverview> ReadAsync(CancellationToken ct)
    {
        var (failed, failedTotal) = await JobsAsync(JobState.Failed, ct);
        var (dead, deadTotal) = await JobsAsync(JobState.DeadLettered, ct);
        var jobs = dead.Concat(failed).ToList();
        IReadOnlyList<CmsTenant> running = [];
        string? directoryError = null;
        try { running = await directory.GetAsync(ct); }
        catch (Exception e) when (!ct.IsCancellationRequested) { directoryError = e.Message; }

        var tenants = new List<SyncTenantView>();
        var names = running.Select(t => t.Name).Concat(jobs.Select(j => j.Tenant)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var tenant = running.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            var (enabled, error, reports) = tenant is null ? (false, null, []) : await ReportsAsync(tenant, ct);
            var own = jobs.Where(j => j.Tenant.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
            // A tenant without the sync and without sync jobs has nothing to show (the Default tenant, typically).
            if (enabled || error is not null || own.Count > 0)
                tenants.Add(new SyncTenantView(tenant?.Name ?? name, tenant is not null, enabled, error, own, reports));
        }
        return new SyncOverview(stats.Snapshot(), feeds.Snapshot(), tenants, failedTotal, deadTotal, directoryError);
    }

    /// <summary>The tenant's reports; a 404 means its Sync feature is off.</summary>
    private async Task<(bool Enabled, string? Error, IReadOnlyList<JsonObject> Reports)> ReportsAsync(CmsTenant tenant, CancellationToken ct)
    {
        try
        {
            var page = await cms.GetAsync(tenant, $"api/sync/reconciliations?limit={ReportLimit}", ct);
            return (true, null, page["items"]?.AsArray().OfType<JsonObject>().ToList() ?? []);
        }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound) { return (false, null, []); }
        // Cms.Web down, the tenant's circuit open, a timeout: the page says so and shows the rest.
        catch (Exception e) when (!ct.IsCancellationRequested) { return (false, e.Message, []); }
    }

    private async Task<(List<SyncJobView> Jobs, long Total)> JobsAsync(JobState state, CancellationToken ct)
    {
        var (items, total) = await monitor.ListAsync(state, SyncTypePrefix, 1, JobLimit, ct);
        var views = new List<SyncJobView>();
        foreach (var job in items.Where(j => j.Type.StartsWith(SyncTypePrefix, StringComparison.Ordinal)))
            if (await monitor.GetAsync(job.Id, ct) is { } detail) views.Add(View(job, detail.PayloadJson));
        return (views, total);
    }

    public static SyncJobView View(JobSummary job, string payloadJson)
    {
        JsonObject? payload;
        try { payload = JsonNode.Parse(payloadJson) as JsonObject; }
        catch (JsonException) { payload = null; }
        return new SyncJobView(job, Text(payload, "tenant") ?? "(unknown)", Text(payload, "productId"), Text(payload, "contentItemId"));
    }

    private static string? Text(JsonObject? payload, string name) =>
        payload?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
