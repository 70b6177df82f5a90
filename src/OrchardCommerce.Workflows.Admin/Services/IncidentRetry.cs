using Microsoft.Extensions.Logging;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Services;

/// <summary>
/// Retry as Operate does it: for a job incident first raise the job's retries to 1 (resolving alone would raise the
/// incident again, reference §2.14), then resolve the incident, which makes the job activatable again.
/// </summary>
internal sealed class IncidentRetry(CamundaClient camunda, ILogger<IncidentRetry> logger)
{
    /// <param name="processInstanceKey">When given, an incident of another instance counts as not found.</param>
    public async Task<RetryOutcome> RetryAsync(long incidentKey, long? processInstanceKey, string requestedBy, CancellationToken ct)
    {
        try
        {
            var incident = await camunda.GetIncidentAsync(incidentKey, ct);
            if (processInstanceKey is { } instance && incident.ProcessInstanceKey != instance) return RetryOutcome.NotFound;
            if (incident.State is not (null or "ACTIVE")) return RetryOutcome.AlreadyResolved;
            if (incident.JobKey is { } jobKey) await camunda.UpdateJobAsync(jobKey, retries: 1, cancellationToken: ct);
            await camunda.ResolveIncidentAsync(incidentKey, ct);
            logger.LogInformation("Incident {IncidentKey} ({ErrorType}) of instance {ProcessInstanceKey} retried from the dashboard by {Client}",
                incidentKey, incident.ErrorType, incident.ProcessInstanceKey, requestedBy);
            return RetryOutcome.Resolved;
        }
        catch (CamundaNotFoundException)
        {
            return RetryOutcome.NotFound;
        }
        catch (Exception e) when (e is CamundaProblemException or HttpRequestException)
        {
            logger.LogWarning(e, "Retrying incident {IncidentKey} from the dashboard failed", incidentKey);
            return new RetryOutcome(RetryResult.Failed, e.Message);
        }
    }
}
