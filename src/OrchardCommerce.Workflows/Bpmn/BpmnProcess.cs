namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>An executable process of a deployed resource: its elements and flows by id, ready to run.</summary>
internal sealed class BpmnProcess(BpmnElement root, IReadOnlyDictionary<string, BpmnElement> elements, IReadOnlyDictionary<string, BpmnFlow> flows)
{
    public string Id => Root.Id;

    public string? Name => Root.Name;

    public BpmnElement Root { get; } = root;

    public IReadOnlyDictionary<string, BpmnElement> Elements { get; } = elements;

    public IReadOnlyDictionary<string, BpmnFlow> Flows { get; } = flows;

    /// <summary>Start events of the process itself (not of its event subprocesses) with a message definition.</summary>
    public IEnumerable<BpmnElement> MessageStarts => Root.Children.Where(e => e is { Kind: BpmnElementKind.StartEvent, Event.Kind: BpmnEventKind.Message });

    public IEnumerable<BpmnElement> TimerStarts => Root.Children.Where(e => e is { Kind: BpmnElementKind.StartEvent, Event.Kind: BpmnEventKind.Timer });

    public BpmnElement Element(string id) => Elements[id];
}
