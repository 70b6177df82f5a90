using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// BPMN errors (reference §5.8): matched from the thrower outward, scope by scope; in each, a catch event for the
/// exact code wins over a catch-all. Error event subprocesses of a scope are inside it, so they come before the
/// scope's own boundary events.
/// </summary>
internal sealed partial class EngineCore
{
    private sealed record ErrorCatch(ElementRecord Owner, BpmnElement CatchEvent);

    private ErrorCatch? FindErrorCatch(InstanceRecord instance, ElementRecord thrower, string code)
    {
        var process = ProcessOf(instance);
        ElementRecord? cameFrom = null;
        for (var current = thrower; current is not null; current = current.ScopeKey is { } key ? instance.Elements.GetValueOrDefault(key) : null)
        {
            var element = process.Element(current.ElementId);
            var fromEventSubProcess = cameFrom is not null && process.Element(cameFrom.ElementId).Kind == BpmnElementKind.EventSubProcess;
            if (element.IsScope && !current.IsBody && current != thrower && !fromEventSubProcess)
            {
                var starts = element.EventSubProcesses.Select(s => s.Children.First(c => c.Kind == BpmnElementKind.StartEvent));
                if (Match(starts, code) is { } start)
                {
                    return new ErrorCatch(current, start);
                }
            }

            if (current.LoopCounter is null && Match(element.Boundaries, code) is { } boundary)
            {
                return new ErrorCatch(current, boundary);
            }

            cameFrom = current;
        }

        return null;
    }

    private static BpmnElement? Match(IEnumerable<BpmnElement> catchEvents, string code)
    {
        var errorEvents = catchEvents.Where(e => e.Event.Kind == BpmnEventKind.Error).ToList();
        return errorEvents.FirstOrDefault(e => e.Event.ErrorCode == code) ?? errorEvents.FirstOrDefault(e => e.Event.ErrorCode is null);
    }

    /// <summary>Interrupts what the catch event interrupts; the error variables become locals of the catch event.</summary>
    private void Catch(InstanceRecord instance, ErrorCatch handler, JsonObject? variables)
    {
        if (handler.CatchEvent.Kind == BpmnElementKind.BoundaryEvent)
        {
            var scopeKey = handler.Owner.ScopeKey!.Value;
            Terminate(instance, handler.Owner);
            EnterTriggered(instance, handler.CatchEvent, scopeKey, null, variables);
            return;
        }

        TriggerEventSubProcess(instance, handler.Owner, handler.CatchEvent, null, variables);
    }

    /// <summary>An error end event: caught like a job's error, or an UNHANDLED_ERROR_EVENT incident on the event.</summary>
    private void ThrowFromEvent(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        if (!TryEvaluateString(instance, record.Key, element.Event.ErrorCodeExpression!, out var code, out var error))
        {
            RaiseIncident(instance, record, "EXTRACT_VALUE_ERROR", error, IncidentStep.ThrowError);
            return;
        }

        if (FindErrorCatch(instance, record, code) is { } handler)
        {
            Catch(instance, handler, null);
            return;
        }

        RaiseIncident(instance, record, "UNHANDLED_ERROR_EVENT", Uncaught(code, null), IncidentStep.ThrowError);
    }
}
