namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// A flow node of a deployed process. One class for every kind keeps the engine's dispatch in a few switch
/// statements; the kind-specific parts (job, user task, script, multi-instance) are null where they do not apply.
/// </summary>
internal sealed class BpmnElement(string id, BpmnElementKind kind, string xmlName)
{
    public string Id { get; } = id;

    public BpmnElementKind Kind { get; } = kind;

    /// <summary>The XML local name (serviceTask, sendTask, ...), as the element type appears in messages.</summary>
    public string XmlName { get; } = xmlName;

    public string? Name { get; set; }

    /// <summary>The process or (event) subprocess that contains this element; null for the process itself.</summary>
    public BpmnElement? Scope { get; set; }

    public List<BpmnFlow> Incoming { get; } = [];

    public List<BpmnFlow> Outgoing { get; } = [];

    public BpmnFlow? DefaultFlow { get; set; }

    public BpmnEventDefinition Event { get; set; } = BpmnEventDefinition.None;

    public JobDefinition? Job { get; set; }

    public UserTaskDefinition? UserTask { get; set; }

    public ScriptDefinition? Script { get; set; }

    public MultiInstanceDefinition? MultiInstance { get; set; }

    public IReadOnlyList<VariableMapping> Inputs { get; set; } = [];

    public IReadOnlyList<VariableMapping> Outputs { get; set; } = [];

    /// <summary>Boundary events: cancelActivity; event subprocess start events: isInterrupting.</summary>
    public bool Interrupting { get; set; } = true;

    public BpmnElement? AttachedTo { get; set; }

    public List<BpmnElement> Boundaries { get; } = [];

    public bool IsForCompensation { get; set; }

    /// <summary>For an activity with a compensation boundary event: the handler its association points to.</summary>
    public BpmnElement? CompensationHandler { get; set; }

    /// <summary>For scopes: the flow nodes directly inside (boundary events included).</summary>
    public List<BpmnElement> Children { get; } = [];

    public List<BpmnElement> EventSubProcesses { get; } = [];

    public BpmnElement? NoneStart { get; set; }

    /// <summary>For inclusive joins: the elements of the same scope from which this gateway can be reached.</summary>
    public HashSet<string> ReachableFrom { get; } = [];

    /// <summary>Already reported as unsupported: further rules would only repeat the problem.</summary>
    public bool Unsupported { get; set; }

    public bool IsScope => Kind is BpmnElementKind.Process or BpmnElementKind.SubProcess or BpmnElementKind.EventSubProcess;

    public bool IsActivity => Kind is BpmnElementKind.ServiceTask or BpmnElementKind.UserTask or BpmnElementKind.ReceiveTask
        or BpmnElementKind.ScriptTask or BpmnElementKind.PassThroughTask or BpmnElementKind.SubProcess;

    public override string ToString() => $"{XmlName} '{Id}'";
}
