using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// order.cancel: cancels the order (releasing held stock and restocking committed stock), with the reason the task's
/// "reason" header or the cancelReason variable gives.
/// </summary>
public sealed class CancelOrderWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.cancel";

    protected override Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken)
    {
        var reason = (string?)job.Variables["cancelReason"] ?? job.CustomHeaders.GetValueOrDefault("reason") ?? "Cancelled by its workflow.";
        return ActAsync(job, tenant, orderPath, "cancel", reason, ["cancelled"], cancellationToken);
    }
}
