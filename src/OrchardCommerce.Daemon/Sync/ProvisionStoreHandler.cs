using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Asks Cms.Web to give a new tenant its commerce store (the store recipe; a tenant that already has commerce is left
/// alone there). Either way the store has missed the tenant's Branding, which its setup recipe imported without a feed
/// event, so the published Branding items are sent to the store here (the store drops a version it already holds).
/// </summary>
public sealed class ProvisionStoreHandler(TenantDirectory tenants, CmsClient cms, IJobClient jobs, ILogger<ProvisionStoreHandler> logger)
    : IJobHandler<ProvisionStore>
{

    public async Task HandleAsync(ProvisionStore payload, JobContext context, CancellationToken ct)
    {
        JsonObject result;
        try
        {
            result = await cms.PostAsync(CmsTenant.Default, $"api/tenants/{Uri.EscapeDataString(payload.Tenant)}/store", null, ct);
        }
        // Removed or disabled since the event: nothing to provision (enabling it again sends a new event).
        catch (CmsApiException exception) when (exception.Status is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            logger.LogInformation("No store for tenant {Tenant}: {Reason}", payload.Tenant, exception.Detail);
            return;
        }
        if ((bool?)result["hasStore"] != true) return;
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        var brandings = await cms.GetOrNullAsync(tenant, "api/content?type=Branding&status=published&pageSize=100", ct);
        foreach (var item in (brandings?["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var job = new BrandingToStore(tenant.Name, (string)item["ContentItemId"]!, DateTime.UtcNow);
            await jobs.EnqueueAsync(SyncJobs.BrandingToStore, JsonSerializer.SerializeToNode(job, JsonSerializerOptions.Web),
                new JobOptions(IdempotencyKey: $"{SyncJobs.ProvisionStore}:{context.JobId}:{job.ContentItemId}"), ct);
        }
    }
}
