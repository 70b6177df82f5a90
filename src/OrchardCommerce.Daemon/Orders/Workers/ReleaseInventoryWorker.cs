using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// order.release-inventory, the compensation of reserve-inventory: puts the order's committed stock back. The order
/// API does that by cancelling, which is where a compensated order ends anyway.
/// </summary>
public sealed class ReleaseInventoryWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.release-inventory";

    protected override Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken) =>
        ActAsync(job, tenant, orderPath, "cancel", "Workflow compensation: reserved stock released.", ["cancelled"], cancellationToken);
}
