using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Catch events waiting on a message or timer, and what happens when one fires: the catch event completes, a
/// boundary event interrupts (or not) its activity, an event-based gateway takes the first event to fire, an event
/// subprocess starts in its scope.
/// </summary>
internal sealed partial class EngineCore
{
    /// <summary>Boundary timers and subscriptions of an activity, opened once its input mappings are applied.</summary>
    private bool OpenBoundaries(InstanceRecord instance, ElementRecord owner, BpmnElement activity)
    {
        CloseTriggers(instance, owner);
        foreach (var boundary in activity.Boundaries.Where(b => b.Event.Kind is BpmnEventKind.Message or BpmnEventKind.Timer))
        {
            if (!OpenCatch(instance, owner, boundary))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Message and timer start events of the scope's event subprocesses.</summary>
    private void OpenScopeTriggers(InstanceRecord instance, ElementRecord scope, BpmnElement scopeElement)
    {
        foreach (var subProcess in scopeElement.EventSubProcesses)
        {
            var start = subProcess.Children.First(c => c.Kind == BpmnElementKind.StartEvent);
            if (start.Event.Kind is BpmnEventKind.Message or BpmnEventKind.Timer && !OpenCatch(instance, scope, start))
            {
                return;
            }
        }
    }

    private bool OpenCatch(InstanceRecord instance, ElementRecord owner, BpmnElement catchEvent) => catchEvent.Event.Kind switch
    {
        BpmnEventKind.Message => OpenSubscription(instance, owner, catchEvent),
        BpmnEventKind.Timer => OpenTimer(instance, owner, catchEvent),
        _ => true,
    };

    private void Trigger(InstanceRecord instance, ElementRecord owner, BpmnElement catchEvent, JsonObject? variables)
    {
        var ownerElement = ElementOf(instance, owner);
        if (ownerElement == catchEvent)
        {
            Complete(instance, owner, variables);
            return;
        }

        if (ownerElement.Kind == BpmnElementKind.EventBasedGateway)
        {
            CloseTriggers(instance, owner);
            RecordCompletion(instance, owner, ownerElement);
            RemoveElement(instance, owner, InstanceChangeKind.ElementCompleted);
            var flow = ownerElement.Outgoing.First(f => f.Target == catchEvent);
            if (!instance.TakenFlows.Contains(flow.Id))
            {
                instance.TakenFlows.Add(flow.Id);
            }

            EnterTriggered(instance, catchEvent, owner.ScopeKey!.Value, variables);
            return;
        }

        if (catchEvent.Kind == BpmnElementKind.BoundaryEvent)
        {
            var scopeKey = owner.ScopeKey!.Value;
            if (catchEvent.Interrupting)
            {
                Terminate(instance, owner);
            }

            EnterTriggered(instance, catchEvent, scopeKey, variables);
            return;
        }

        TriggerEventSubProcess(instance, owner, catchEvent, variables, null);
    }

    /// <summary>Starts an event subprocess in its scope; an interrupting one first terminates everything else there.</summary>
    private void TriggerEventSubProcess(InstanceRecord instance, ElementRecord scope, BpmnElement start, JsonObject? variables, JsonObject? localVariables)
    {
        if (start.Interrupting)
        {
            foreach (var child in ChildrenOf(instance, scope.Key).ToList())
            {
                Terminate(instance, child);
            }

            scope.Joins = null;
            CloseTriggers(instance, scope);
        }

        var subProcess = start.Scope!;
        var record = NewElement(instance, subProcess, scope.Key);
        record.Activated = true;
        OpenScopeTriggers(instance, record, subProcess);
        EnterTriggered(instance, start, record.Key, variables, localVariables);
    }
}
