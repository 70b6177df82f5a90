using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// order.reserve-inventory: commits the order's stock. Stock that ran out since checkout is the BPMN error
/// out-of-stock, which the process catches and cancels on.
/// </summary>
public sealed class ReserveInventoryWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.reserve-inventory";

    protected override Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken) =>
        ActAsync(job, tenant, orderPath, "reserve-inventory", "Workflow: inventory reserved.", ["inventory_reserved", "completed"], cancellationToken);

    protected override Task<JobResult> ConflictAsync(ActivatedJob job, JsonObject order, CmsApiException conflict) =>
        (string?)order["status"] == "payment_verified"
            ? Task.FromResult(JobResult.Error("out-of-stock", conflict.Detail))
            : base.ConflictAsync(job, order, conflict);
}
