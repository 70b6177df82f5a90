using System.Xml.Linq;

namespace OrchardCommerce.Workflows.Bpmn;

internal sealed partial class BpmnParser
{
    private void ParseFlowNode(XElement xml, BpmnElementKind kind, BpmnElement scope)
    {
        var id = Id(xml);
        if (kind == BpmnElementKind.SubProcess && (string?)xml.Attribute("triggeredByEvent") == "true")
        {
            kind = BpmnElementKind.EventSubProcess;
        }

        var element = new BpmnElement(id, kind, xml.Name.LocalName) { Name = (string?)xml.Attribute("name"), Scope = scope };
        if (!_elements.TryAdd(id, element))
        {
            Error(xml, $"Duplicate element id '{id}'");
            return;
        }

        scope.Children.Add(element);
        element.IsForCompensation = (string?)xml.Attribute("isForCompensation") == "true";
        var extensions = xml.Element(BpmnNames.Model + "extensionElements");
        ParseExtensions(element, extensions);
        ParseEventDefinition(xml, element);
        ParseMultiInstance(xml, element);
        switch (kind)
        {
            case BpmnElementKind.SubProcess:
                ParseScope(xml, element);
                break;
            case BpmnElementKind.EventSubProcess:
                scope.EventSubProcesses.Add(element);
                ParseScope(xml, element);
                break;
            case BpmnElementKind.StartEvent:
                element.Interrupting = (string?)xml.Attribute("isInterrupting") != "false";
                if (element.Event.Kind == BpmnEventKind.None && scope.Kind != BpmnElementKind.EventSubProcess)
                {
                    if (scope.NoneStart is not null)
                    {
                        Error(xml, "Multiple none start events are not allowed");
                    }

                    scope.NoneStart ??= element;
                }

                break;
            case BpmnElementKind.BoundaryEvent:
                element.Interrupting = (string?)xml.Attribute("cancelActivity") != "false";
                _boundaries.Add((xml, element));
                break;
            case BpmnElementKind.ExclusiveGateway or BpmnElementKind.InclusiveGateway:
                _defaults.Add((element, (string?)xml.Attribute("default")));
                break;
        }
    }

    private readonly List<(BpmnElement Gateway, string? FlowId)> _defaults = [];

    private void AttachBoundary(XElement xml, BpmnElement boundary)
    {
        var attachedId = (string?)xml.Attribute("attachedToRef") ?? "";
        if (!_elements.TryGetValue(attachedId, out var activity) || !activity.IsActivity || activity.Scope != boundary.Scope)
        {
            Error(xml, $"Boundary event must be attached to an activity of the same scope, but '{attachedId}' is not one");
            return;
        }

        boundary.AttachedTo = activity;
        activity.Boundaries.Add(boundary);
    }

    private void LinkCompensation(XElement association)
    {
        var source = (string?)association.Attribute("sourceRef") ?? "";
        var target = (string?)association.Attribute("targetRef") ?? "";
        if (!_elements.TryGetValue(source, out var boundary) || boundary is not { Kind: BpmnElementKind.BoundaryEvent, Event.Kind: BpmnEventKind.Compensate })
        {
            return;
        }

        if (!_elements.TryGetValue(target, out var handler) || !handler.IsForCompensation || !handler.IsActivity)
        {
            _errors.Add(new BpmnValidationError(source, $"Compensation boundary event must be associated with an activity marked isForCompensation, but '{target}' is not one"));
            return;
        }

        if (boundary.AttachedTo is { } activity)
        {
            activity.CompensationHandler = handler;
        }
    }

    /// <summary>Resolves default flows once all flows of the process are known.</summary>
    private void ResolveDefaults()
    {
        foreach (var (gateway, flowId) in _defaults)
        {
            if (flowId is null)
            {
                continue;
            }

            var flow = gateway.Outgoing.FirstOrDefault(f => f.Id == flowId);
            if (flow is null)
            {
                _errors.Add(new BpmnValidationError(gateway.Id, $"Default flow '{flowId}' must be an outgoing sequence flow of the gateway"));
            }

            gateway.DefaultFlow = flow;
        }

        _defaults.Clear();
    }
}
