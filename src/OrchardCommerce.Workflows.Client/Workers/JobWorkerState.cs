namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>What a job worker loop is doing, as shown on the dashboard.</summary>
public enum JobWorkerState
{
    /// <summary>Not running: before start, after shutdown, or between a crash and its restart.</summary>
    Stopped,

    /// <summary>Asking the cluster for jobs, or handing the last activated ones to handlers.</summary>
    Polling,

    /// <summary>The last poll found no job.</summary>
    Idle,

    /// <summary>Polls fail (cluster unreachable, rejected, back pressure): backing off.</summary>
    Failing,
}
