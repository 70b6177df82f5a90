namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// An element of an instance entered, completed or was terminated; raised after the change is committed. The
/// process itself appears with its BPMN process id as ElementId, so its completion marks the instance's end.
/// </summary>
public sealed record InstanceChange(
    long ProcessInstanceKey,
    string BpmnProcessId,
    long ElementInstanceKey,
    string ElementId,
    InstanceChangeKind Kind,
    DateTimeOffset Timestamp);
