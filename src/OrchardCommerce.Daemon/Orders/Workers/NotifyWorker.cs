using System.Net;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// order.notify: records the customer notification named by the task's "template" header (order-confirmation by
/// default; the API records each template once). A refusal other than a transient error is the BPMN error
/// notification-failed.
/// </summary>
public sealed class NotifyWorker(TenantDirectory tenants, CmsClient cms) : OrderWorker(tenants, cms)
{
    public const string JobType = "order.notify";

    protected override async Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken)
    {
        var template = job.CustomHeaders.GetValueOrDefault("template") ?? "order-confirmation";
        try
        {
            var body = Position(job);
            body["template"] = template;
            await Cms.PostAsync(tenant, $"{orderPath}/notifications", body, cancellationToken);
            return JobResult.Complete();
        }
        catch (CmsApiException refused) when (refused.Status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return JobResult.Error("notification-failed", refused.Detail);
        }
    }
}
