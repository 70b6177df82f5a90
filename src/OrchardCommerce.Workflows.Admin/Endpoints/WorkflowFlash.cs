using OrchardCommerce.Workflows.Admin.Services;

namespace OrchardCommerce.Workflows.Admin.Endpoints;

/// <summary>Post-redirect-get messages of the Retry form: the redirect carries a code, never text.</summary>
internal static class WorkflowFlash
{
    public static string Code(RetryResult result) => result switch
    {
        RetryResult.Resolved => "retried",
        RetryResult.NotFound => "retry-not-found",
        RetryResult.AlreadyResolved => "retry-already-resolved",
        _ => "retry-failed",
    };

    public static string? Message(string? code, long? incidentKey) => code switch
    {
        "retried" => $"Incident {incidentKey} was resolved: its job has a retry again and workers can pick it up.",
        "retry-not-found" => $"Incident {incidentKey} was not found; nothing was retried.",
        "retry-already-resolved" => $"Incident {incidentKey} was already resolved.",
        "retry-failed" => $"The engine refused to retry incident {incidentKey}; the dashboard's log has its answer.",
        _ => null,
    };
}
