namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Where a job is in its lifecycle (reference §4.1).</summary>
internal enum JobStatus
{
    /// <summary>Waiting for a worker (possibly after a retry back-off).</summary>
    Activatable,

    /// <summary>Held by a worker until its deadline.</summary>
    Activated,

    /// <summary>Failed with no retries left: an incident holds it.</summary>
    Failed,

    /// <summary>Threw an error nobody caught: an incident holds it.</summary>
    ErrorThrown,
}
