namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>The event definition of an event (at most one per event).</summary>
internal enum BpmnEventKind
{
    None,
    Message,
    Timer,
    Error,
    Terminate,
    Compensate,
}
