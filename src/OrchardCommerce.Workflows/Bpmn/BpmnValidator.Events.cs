namespace OrchardCommerce.Workflows.Bpmn;

internal static partial class BpmnValidator
{
    /// <summary>Which event definitions each kind of event supports in the engine's subset.</summary>
    private static void ValidateEvent(BpmnElement element, Action<BpmnElement, string> error)
    {
        var kind = element.Event.Kind;
        var inEventSubProcess = element.Scope?.Kind == BpmnElementKind.EventSubProcess;
        var allowed = element.Kind switch
        {
            BpmnElementKind.StartEvent when inEventSubProcess => kind is BpmnEventKind.Message or BpmnEventKind.Timer or BpmnEventKind.Error,
            BpmnElementKind.StartEvent when element.Scope?.Kind == BpmnElementKind.Process => kind is BpmnEventKind.None or BpmnEventKind.Message or BpmnEventKind.Timer,
            BpmnElementKind.StartEvent => kind == BpmnEventKind.None,
            BpmnElementKind.EndEvent => kind is BpmnEventKind.None or BpmnEventKind.Error or BpmnEventKind.Terminate or BpmnEventKind.Compensate or BpmnEventKind.Message,
            BpmnElementKind.IntermediateThrowEvent => kind is BpmnEventKind.None or BpmnEventKind.Compensate or BpmnEventKind.Message,
            BpmnElementKind.IntermediateCatchEvent => kind is BpmnEventKind.Message or BpmnEventKind.Timer,
            BpmnElementKind.BoundaryEvent => kind is BpmnEventKind.Message or BpmnEventKind.Timer or BpmnEventKind.Error or BpmnEventKind.Compensate,
            _ => true,
        };
        if (!allowed)
        {
            error(element, kind == BpmnEventKind.None
                ? $"Elements of type '{element.XmlName}' must have an event definition"
                : $"Elements of type '{element.XmlName}' with a {kind.ToString().ToLowerInvariant()} event definition are not supported here");
            return;
        }

        if (element.Kind == BpmnElementKind.StartEvent && kind == BpmnEventKind.Timer && element.Event.TimerKind == TimerKind.Duration && !inEventSubProcess)
        {
            error(element, "Timer start events must have a timeDate or a timeCycle");
        }

        if (element.Kind == BpmnElementKind.BoundaryEvent)
        {
            ValidateBoundary(element, error);
        }
    }

    private static void ValidateBoundary(BpmnElement boundary, Action<BpmnElement, string> error)
    {
        var kind = boundary.Event.Kind;
        if (kind == BpmnEventKind.Error && !boundary.Interrupting)
        {
            error(boundary, "Error boundary events must be interrupting");
        }

        if (kind == BpmnEventKind.Compensate)
        {
            if (boundary.Outgoing.Count > 0)
            {
                error(boundary, "Compensation boundary events must not have outgoing sequence flows");
            }

            if (boundary.AttachedTo is { CompensationHandler: null })
            {
                error(boundary, "Compensation boundary event must be associated with a compensation handler");
            }

            return;
        }

        if (boundary.Outgoing.Count == 0)
        {
            error(boundary, "Boundary events must have at least one outgoing sequence flow");
        }

        if (kind == BpmnEventKind.Timer && boundary.Event.TimerKind == TimerKind.Cycle && boundary.Interrupting)
        {
            error(boundary, "Interrupting timer boundary events must not have a timeCycle");
        }
    }
}
