namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>What resolving an incident re-attempts.</summary>
internal enum IncidentStep
{
    /// <summary>Activate the element again (input mappings, job or subscription creation, gateway conditions).</summary>
    Activate,

    /// <summary>Complete the element again (output mappings; its result variables are already local).</summary>
    Complete,

    /// <summary>Make the job activatable again (it needs retries left).</summary>
    Job,

    /// <summary>Throw the error of an error end event again.</summary>
    ThrowError,

    /// <summary>Evaluate a multi-instance completion condition again.</summary>
    CompletionCondition,
}
