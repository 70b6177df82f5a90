namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>What becomes due at a point in time.</summary>
internal enum DueKind
{
    Timer,
    StartTimer,
    JobDeadline,
    JobBackoff,
    MessageExpiry,
}
