namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// The structural rules Zeebe checks at deployment that the parser cannot see element by element: start events
/// per scope, where conditions and event definitions may appear, duplicate error catch events, required
/// extensions. Also precomputes what inclusive joins need.
/// </summary>
internal static partial class BpmnValidator
{
    public static void Validate(BpmnProcess process, List<BpmnValidationError> errors)
    {
        void Error(BpmnElement element, string message) => errors.Add(new BpmnValidationError(element.Id, message));

        ValidateScope(process.Root, errors);
        foreach (var element in process.Elements.Values.Where(e => e.Kind != BpmnElementKind.Process && !e.Unsupported))
        {
            ValidateFlows(element, Error);
            ValidateEvent(element, Error);
            ValidateTask(element, Error);
        }

        foreach (var scope in process.Elements.Values.Where(e => e.IsScope))
        {
            ValidateErrorCatches(scope.EventSubProcesses.Select(s => s.Children.FirstOrDefault(c => c.Kind == BpmnElementKind.StartEvent)).OfType<BpmnElement>(), Error);
        }

        foreach (var activity in process.Elements.Values.Where(e => e.Boundaries.Count > 0))
        {
            ValidateErrorCatches(activity.Boundaries, Error);
        }

        foreach (var gateway in process.Elements.Values.Where(e => e is { Kind: BpmnElementKind.InclusiveGateway, Incoming.Count: > 1 }))
        {
            ComputeReachability(gateway);
        }
    }

    private static void ValidateScope(BpmnElement scope, List<BpmnValidationError> errors)
    {
        var starts = scope.Children.Where(c => c.Kind == BpmnElementKind.StartEvent).ToList();
        switch (scope.Kind)
        {
            case BpmnElementKind.Process when starts.Count == 0:
                errors.Add(new BpmnValidationError(scope.Id, "Must have at least one start event"));
                break;
            case BpmnElementKind.SubProcess when starts.Count != 1 || starts[0].Event.Kind != BpmnEventKind.None:
                errors.Add(new BpmnValidationError(scope.Id, "Must have exactly one start event, and it must be a none start event"));
                break;
            case BpmnElementKind.EventSubProcess when starts.Count != 1 || starts[0].Event.Kind is not (BpmnEventKind.Message or BpmnEventKind.Timer or BpmnEventKind.Error):
                errors.Add(new BpmnValidationError(scope.Id, "Event subprocess must have exactly one start event with a message, timer or error event definition"));
                break;
        }

        if (scope.Kind == BpmnElementKind.EventSubProcess && (scope.Incoming.Count > 0 || scope.Outgoing.Count > 0))
        {
            errors.Add(new BpmnValidationError(scope.Id, "Event subprocess must not have incoming or outgoing sequence flows"));
        }

        foreach (var child in scope.Children.Where(c => c.IsScope))
        {
            ValidateScope(child, errors);
        }
    }

    private static void ValidateFlows(BpmnElement element, Action<BpmnElement, string> error)
    {
        var conditional = element.Kind is BpmnElementKind.ExclusiveGateway or BpmnElementKind.InclusiveGateway;
        foreach (var flow in element.Outgoing.Where(f => f.Condition is not null && !conditional))
        {
            error(element, $"Conditional sequence flow '{flow.Id}' is only supported on flows leaving an exclusive or inclusive gateway");
        }

        if (conditional && element.Outgoing.Count > 1 && element.Outgoing.Any(f => f.Condition is null && f != element.DefaultFlow))
        {
            error(element, "Every outgoing sequence flow of the gateway must have a condition, except the default flow");
        }

        if (element.Kind is BpmnElementKind.StartEvent or BpmnElementKind.BoundaryEvent && element.Incoming.Count > 0)
        {
            error(element, $"Elements of type '{element.XmlName}' must not have incoming sequence flows");
        }

        if (element.Kind == BpmnElementKind.EndEvent && element.Outgoing.Count > 0)
        {
            error(element, "End events must not have outgoing sequence flows");
        }

        if (element.IsForCompensation && (element.Incoming.Count > 0 || element.Outgoing.Count > 0))
        {
            error(element, "A compensation handler must not have incoming or outgoing sequence flows");
        }

        if (element.Kind == BpmnElementKind.EventBasedGateway
            && (element.Outgoing.Count < 2 || element.Outgoing.Any(f => f.Target is not { Kind: BpmnElementKind.IntermediateCatchEvent, Event.Kind: BpmnEventKind.Message or BpmnEventKind.Timer })))
        {
            error(element, "Event-based gateway must have at least two outgoing sequence flows, each to an intermediate message or timer catch event");
        }
    }

    private static void ValidateTask(BpmnElement element, Action<BpmnElement, string> error)
    {
        var needsJob = element.Kind == BpmnElementKind.ServiceTask
            || (element.Kind == BpmnElementKind.ScriptTask && element.Script is null)
            || (element.Kind is BpmnElementKind.EndEvent or BpmnElementKind.IntermediateThrowEvent && element.Event.Kind == BpmnEventKind.Message);
        if (needsJob && element.Job is null)
        {
            error(element, element.Kind == BpmnElementKind.ScriptTask
                ? "Must have either one 'zeebe:script' or one 'zeebe:taskDefinition' extension element"
                : "Must have exactly one 'zeebe:taskDefinition' extension element");
        }
    }

    private static void ValidateErrorCatches(IEnumerable<BpmnElement> catches, Action<BpmnElement, string> error)
    {
        var seen = new HashSet<string>();
        foreach (var catchEvent in catches.Where(c => c.Event.Kind == BpmnEventKind.Error))
        {
            var code = catchEvent.Event.ErrorCode ?? "";
            if (!seen.Add(code))
            {
                error(catchEvent, code.Length == 0
                    ? "Multiple error catch events without an error code (catch-all) in the same scope are not allowed"
                    : $"Multiple error catch events with the same error code '{code}' are not supported");
            }
        }
    }

    /// <summary>Elements of the gateway's scope from which a token could still reach it (BPMN 2.0 §13.3.2 join rule).</summary>
    private static void ComputeReachability(BpmnElement gateway)
    {
        var pending = new Stack<BpmnElement>(gateway.Incoming.Select(f => f.Source));
        while (pending.TryPop(out var element))
        {
            if (!gateway.ReachableFrom.Add(element.Id))
            {
                continue;
            }

            foreach (var flow in element.Incoming)
            {
                pending.Push(flow.Source);
            }

            if (element.AttachedTo is { } activity)
            {
                pending.Push(activity);
            }
        }
    }
}
