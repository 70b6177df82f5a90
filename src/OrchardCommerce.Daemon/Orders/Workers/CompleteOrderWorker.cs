using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>order.complete: the order's last step.</summary>
public sealed class CompleteOrderWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.complete";

    protected override Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken) =>
        ActAsync(job, tenant, orderPath, "complete", "Workflow: order completed.", ["completed"], cancellationToken);
}
