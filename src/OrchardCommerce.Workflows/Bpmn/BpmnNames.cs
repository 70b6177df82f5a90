using System.Xml.Linq;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>The XML namespaces Camunda Modeler writes (reference §5.1).</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Flow-node XML names and the kind each becomes; anything else inside a process is rejected.</summary>
    public static readonly IReadOnlyDictionary<string, BpmnElementKind> FlowNodes = new Dictionary<string, BpmnElementKind>
    {
        ["startEvent"] = BpmnElementKind.StartEvent,
        ["endEvent"] = BpmnElementKind.EndEvent,
        ["intermediateCatchEvent"] = BpmnElementKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = BpmnElementKind.IntermediateThrowEvent,
        ["boundaryEvent"] = BpmnElementKind.BoundaryEvent,
        ["serviceTask"] = BpmnElementKind.ServiceTask,
        ["sendTask"] = BpmnElementKind.ServiceTask,
        ["userTask"] = BpmnElementKind.UserTask,
        ["receiveTask"] = BpmnElementKind.ReceiveTask,
        ["scriptTask"] = BpmnElementKind.ScriptTask,
        ["task"] = BpmnElementKind.PassThroughTask,
        ["manualTask"] = BpmnElementKind.PassThroughTask,
        ["exclusiveGateway"] = BpmnElementKind.ExclusiveGateway,
        ["parallelGateway"] = BpmnElementKind.ParallelGateway,
        ["inclusiveGateway"] = BpmnElementKind.InclusiveGateway,
        ["eventBasedGateway"] = BpmnElementKind.EventBasedGateway,
        ["subProcess"] = BpmnElementKind.SubProcess,
    };

    /// <summary>Process content that carries no behaviour (diagram helpers, documentation, lanes).</summary>
    public static readonly HashSet<string> Ignored =
    [
        "extensionElements", "documentation", "laneSet", "textAnnotation", "association", "group", "dataObject",
        "dataObjectReference", "dataStoreReference", "incoming", "outgoing", "property", "sequenceFlow", "category",
        // Read by the element that owns it (a subprocess's loop sits among its children).
        "multiInstanceLoopCharacteristics",
    ];

    public static readonly IReadOnlyDictionary<string, BpmnEventKind> EventDefinitions = new Dictionary<string, BpmnEventKind>
    {
        ["messageEventDefinition"] = BpmnEventKind.Message,
        ["timerEventDefinition"] = BpmnEventKind.Timer,
        ["errorEventDefinition"] = BpmnEventKind.Error,
        ["terminateEventDefinition"] = BpmnEventKind.Terminate,
        ["compensateEventDefinition"] = BpmnEventKind.Compensate,
    };

    public static readonly HashSet<string> UnsupportedEventDefinitions =
        ["signalEventDefinition", "escalationEventDefinition", "linkEventDefinition", "conditionalEventDefinition", "cancelEventDefinition"];
}
