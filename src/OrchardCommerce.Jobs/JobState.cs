namespace OrchardCommerce.Jobs;

/// <summary>The states of a job; <see cref="JobStateMachine"/> is the only writer.</summary>
public enum JobState
{
    /// <summary>Ready to be claimed by a worker.</summary>
    Enqueued,

    /// <summary>Waits for its run time, or (without one) for the job it continues to succeed.</summary>
    Scheduled,

    /// <summary>Claimed by a worker that holds a lease on it.</summary>
    Processing,

    /// <summary>Done; removed after the retention period.</summary>
    Succeeded,

    /// <summary>Failed and will retry at its run time.</summary>
    Failed,

    /// <summary>Retries exhausted or a non-retryable error; kept for ops to inspect and requeue.</summary>
    DeadLettered,

    /// <summary>Deleted by ops; removed after the retention period.</summary>
    Deleted,
}
