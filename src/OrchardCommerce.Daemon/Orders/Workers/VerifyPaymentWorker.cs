using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// order.verify-payment: charges the order once (the API returns the existing payment on a repeat) and hands the
/// process its paymentStatus: confirmed, requires_confirmation or failed.
/// </summary>
public sealed class VerifyPaymentWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.verify-payment";

    protected override async Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken)
    {
        var payment = await Cms.PostAsync(tenant, $"{orderPath}/verify-payment", Position(job), cancellationToken);
        return JobResult.Complete(new JsonObject { ["paymentStatus"] = (string?)payment["status"] });
    }
}
