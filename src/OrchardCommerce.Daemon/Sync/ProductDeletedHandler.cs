using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>A deleted product's ProductContent item is archived (taken off the site, kept), never destroyed.</summary>
public sealed class ProductDeletedHandler(TenantDirectory tenants, CmsClient cms, SyncStats stats) : IJobHandler<ProductDeleted>
{
    public async Task HandleAsync(ProductDeleted payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        System.Text.Json.Nodes.JsonObject result;
        try
        {
            result = await cms.PostAsync(tenant, $"api/sync/products/{Uri.EscapeDataString(payload.ProductId)}/archive",
                new { version = payload.Version }, ct);
        }
        catch (CmsApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            return; // The tenant does not run the sync.
        }
        stats.Record(payload.Tenant, SyncDirection.CommerceToContent, (bool?)result["applied"] == true, payload.OccurredUtc);
    }
}
