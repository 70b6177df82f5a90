using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>A deleted product's ProductContent item is archived (taken off the site, kept), never destroyed.</summary>
public sealed class ProductDeletedHandler(TenantDirectory tenants, CmsClient cms, SyncStats stats) : IJobHandler<ProductDeleted>
{
    public async Task HandleAsync(ProductDeleted payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        // Null: the tenant does not run the sync.
        if (await cms.PostOrNullAsync(tenant, $"api/sync/products/{Uri.EscapeDataString(payload.ProductId)}/archive",
                new { version = payload.Version }, ct) is not { } result) return;
        stats.Record(payload.Tenant, SyncDirection.CommerceToContent, (bool?)result["applied"] == true, payload.OccurredUtc);
    }
}
