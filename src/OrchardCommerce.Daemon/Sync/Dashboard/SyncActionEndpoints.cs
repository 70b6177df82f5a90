using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// The section's buttons. They ask the jobs engine for a new job or a state change and never write anything
/// themselves; the dashboard's filter has checked sign-in and the antiforgery token. Each answers 303 back to a page
/// with a flash code.
/// </summary>
internal static class SyncActionEndpoints
{
    private const string SyncTypePrefix = "sync.";

    public static void MapSyncActions(this RouteGroupBuilder guarded)
    {
        guarded.MapPost($"/{SyncUrls.Segment}/jobs/{{id:long}}/replay", ReplayAsync);
        guarded.MapPost($"/{SyncUrls.Segment}/{{tenant}}/dead-letters/replay", ReplayAllAsync);
        guarded.MapPost($"/{SyncUrls.Segment}/{{tenant}}/resync", ResyncTenantAsync);
        guarded.MapPost($"/{SyncUrls.Segment}/{{tenant}}/products/resync", ResyncProductFormAsync);
        guarded.MapPost($"/{SyncUrls.Segment}/{{tenant}}/products/{{productId}}/resync", ResyncProductAsync);
    }

    private static async Task<IResult> ReplayAsync(HttpContext context, IJobMonitor monitor, IJobClient jobs, long id, CancellationToken ct)
    {
        var (page, urls) = SyncPageEndpoints.Page(context);
        if (await monitor.GetAsync(id, ct) is not { } detail || !detail.Job.Type.StartsWith(SyncTypePrefix, StringComparison.Ordinal))
            return SyncPageEndpoints.NotFound(page, $"There is no sync job #{id}.");
        var requeued = await jobs.RequeueAsync(id, Reason(context, "Replayed"), ct);
        return new SeeOtherResult(urls.Overview(requeued ? SyncFlash.Replayed : SyncFlash.NotReplayed, id));
    }

    /// <summary>Every dead-lettered sync job of the tenant, by id: the engine's bulk requeue is per type, not per tenant.</summary>
    private static async Task<IResult> ReplayAllAsync(HttpContext context, IJobMonitor monitor, IJobClient jobs, string tenant, CancellationToken ct)
    {
        var (_, urls) = SyncPageEndpoints.Page(context);
        var ids = new List<long>();
        const int size = 500;
        for (var number = 1; ; number++)
        {
            var (items, _) = await monitor.ListAsync(JobState.DeadLettered, SyncTypePrefix, number, size, ct);
            foreach (var job in items.Where(j => j.Type.StartsWith(SyncTypePrefix, StringComparison.Ordinal)))
                if (await monitor.GetAsync(job.Id, ct) is { } detail
                    && SyncOverviewReader.View(job, detail.PayloadJson).Tenant.Equals(tenant, StringComparison.OrdinalIgnoreCase))
                    ids.Add(job.Id);
            if (items.Count < size) break;
        }
        var count = 0;
        foreach (var id in ids)
            if (await jobs.RequeueAsync(id, Reason(context, "Replayed with the tenant's dead letters"), ct)) count++;
        return new SeeOtherResult(urls.Overview(SyncFlash.ReplayedAll, count: count));
    }

    private static async Task<IResult> ResyncTenantAsync(HttpContext context, ProductDiffReader reader, IJobClient jobs, string tenant, CancellationToken ct)
    {
        var (page, urls) = SyncPageEndpoints.Page(context);
        if (await reader.FindTenantAsync(tenant, ct) is not { } running) return SyncPageEndpoints.NotFound(page, $"No running tenant is called “{tenant}”.");
        var job = await EnqueueAsync(jobs, new ReconcileTenant(running.Name, "manual", null, Force: true), ct);
        return new SeeOtherResult(urls.Overview(SyncFlash.ResyncTenant, job));
    }

    private static async Task<IResult> ResyncProductFormAsync(HttpContext context, ProductDiffReader reader, IJobClient jobs, string tenant,
        CancellationToken ct)
    {
        var productId = (await context.Request.ReadFormAsync(ct))["productId"].ToString().Trim();
        if (productId.Length == 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["productId"] = ["Name the product to resync."] });
        return await ResyncProductAsync(context, reader, jobs, tenant, productId, ct);
    }

    private static async Task<IResult> ResyncProductAsync(HttpContext context, ProductDiffReader reader, IJobClient jobs, string tenant, string productId,
        CancellationToken ct)
    {
        var (page, urls) = SyncPageEndpoints.Page(context);
        if (await reader.FindTenantAsync(tenant, ct) is not { } running) return SyncPageEndpoints.NotFound(page, $"No running tenant is called “{tenant}”.");
        var job = await EnqueueAsync(jobs, new ReconcileTenant(running.Name, "product", productId, Force: true), ct);
        return new SeeOtherResult(urls.Product(running.Name, productId, SyncFlash.ResyncProduct, job));
    }

    /// <summary>A fresh key per click: a second click is a second resync, not swallowed as a duplicate of the first.</summary>
    private static Task<long> EnqueueAsync(IJobClient jobs, ReconcileTenant resync, CancellationToken ct) =>
        jobs.EnqueueAsync(SyncJobs.ReconcileTenant, JsonSerializer.SerializeToNode(resync, JsonSerializerOptions.Web),
            new JobOptions(IdempotencyKey: $"sync.resync:{resync.Tenant.ToLowerInvariant()}:{resync.ProductId ?? "*"}:{Guid.NewGuid():N}"), ct);

    private static string Reason(HttpContext context, string what) =>
        $"{what} from the Sync view ({context.Connection.RemoteIpAddress?.ToString() ?? "unknown"})";
}
