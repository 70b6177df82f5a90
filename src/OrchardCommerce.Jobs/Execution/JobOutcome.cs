namespace OrchardCommerce.Jobs.Execution;

/// <summary>How one run ended, which decides the transition the processor requests.</summary>
internal enum JobOutcome
{
    Succeeded,
    Failed,
    TimedOut,

    /// <summary>The payload (or the type) no longer fits any handler: dead-letter this job only.</summary>
    Unrunnable,

    /// <summary>Cancelled by shutdown: give the job back without counting the attempt.</summary>
    Released,
}
