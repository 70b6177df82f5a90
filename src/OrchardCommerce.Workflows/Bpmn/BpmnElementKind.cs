namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>The flow nodes the engine runs; anything else is rejected at deployment.</summary>
internal enum BpmnElementKind
{
    Process,
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    ServiceTask,
    UserTask,
    ReceiveTask,
    ScriptTask,

    /// <summary>An undefined or manual task: a pass-through, as in Zeebe.</summary>
    PassThroughTask,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    EventBasedGateway,
    SubProcess,
    EventSubProcess,
}
