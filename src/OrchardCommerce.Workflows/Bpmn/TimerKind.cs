namespace OrchardCommerce.Workflows.Bpmn;

internal enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
