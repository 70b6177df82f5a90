namespace OrchardCommerce.Workflows.Admin.Services;

internal enum RetryResult
{
    /// <summary>The job's retries were raised (for a job incident) and the incident resolved.</summary>
    Resolved,

    /// <summary>No such incident (in that instance).</summary>
    NotFound,

    /// <summary>The incident is no longer active: someone resolved it already.</summary>
    AlreadyResolved,

    /// <summary>The engine refused or did not answer.</summary>
    Failed,
}
