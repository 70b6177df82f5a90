using System.Net;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon.Orders.Workers;

/// <summary>
/// A job of order-fulfillment, run against the order's tenant through the admin orders API. Jobs arrive at least
/// once, so each step accepts finding its work already done. Missing variables are a modelling error: the job fails
/// with no retries, which raises an incident ops can see.
/// </summary>
public abstract class OrderWorker(TenantDirectory tenants, CmsClient cms) : IJobHandler
{
    protected CmsClient Cms { get; } = cms;

    public async Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken cancellationToken)
    {
        if (job.Variables["tenant"] is not JsonValue tenantValue || !tenantValue.TryGetValue(out string? tenantName)
            || job.Variables["orderId"] is not JsonValue orderValue || !orderValue.TryGetValue(out string? orderId))
            return JobResult.Fail("The job needs the string variables 'tenant' and 'orderId'.", retries: 0);
        var tenant = await tenants.FindAsync(tenantName, cancellationToken);
        return await RunAsync(job, tenant, OrderPath(orderId), cancellationToken);
    }

    protected abstract Task<JobResult> RunAsync(ActivatedJob job, CmsTenant tenant, string orderPath, CancellationToken cancellationToken);

    /// <summary>What the order records about its workflow: the instance and the task's "step" header (else its id).</summary>
    protected static JsonObject Position(ActivatedJob job, string? reason = null) => new()
    {
        ["reason"] = reason,
        ["processInstanceKey"] = job.ProcessInstanceKey.ToString(),
        ["currentStep"] = job.CustomHeaders.GetValueOrDefault("step") ?? job.ElementId,
    };

    /// <summary>
    /// Runs an order action; when it conflicts (409) because a previous delivery of this job already did it, the
    /// order's status is one of <paramref name="done"/> and the job completes.
    /// </summary>
    protected async Task<JobResult> ActAsync(ActivatedJob job, CmsTenant tenant, string orderPath, string verb, string reason,
        IReadOnlyCollection<string> done, CancellationToken cancellationToken)
    {
        try
        {
            await Cms.PostAsync(tenant, $"{orderPath}/{verb}", Position(job, reason), cancellationToken);
            return JobResult.Complete();
        }
        catch (CmsApiException conflict) when (conflict.Status == HttpStatusCode.Conflict)
        {
            var order = await Cms.GetAsync(tenant, orderPath, cancellationToken);
            if (done.Contains((string?)order["status"] ?? "")) return JobResult.Complete();
            return await ConflictAsync(job, order, conflict);
        }
    }

    /// <summary>A conflict that is not this job's own earlier success: an incident by default.</summary>
    protected virtual Task<JobResult> ConflictAsync(ActivatedJob job, JsonObject order, CmsApiException conflict) =>
        Task.FromResult(JobResult.Fail($"The order is {(string?)order["status"]}: {conflict.Detail}", retries: 0));

    private static string OrderPath(string orderId) => $"api/commerce/orders/{Uri.EscapeDataString(orderId)}";
}
