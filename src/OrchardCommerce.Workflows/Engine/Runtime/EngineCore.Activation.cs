using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Entering and activating elements: what each kind does when a token arrives.</summary>
internal sealed partial class EngineCore
{
    private ElementRecord NewElement(InstanceRecord instance, BpmnElement element, long scopeKey)
    {
        var record = new ElementRecord { Key = NewKey(), ElementId = element.Id, ScopeKey = scopeKey, IsBody = element.MultiInstance is not null };
        instance.Elements[record.Key] = record;
        _owners[record.Key] = instance.Key;
        Emit(instance, record, InstanceChangeKind.ElementActivated);
        Touch(instance);
        return record;
    }

    /// <summary>A token arrives: the element instance exists at once (so its scope cannot complete), activation follows.</summary>
    private void Enter(InstanceRecord instance, BpmnElement element, long scopeKey)
    {
        var record = NewElement(instance, element, scopeKey);
        _agenda.Enqueue(() =>
        {
            if (Alive(instance, record))
            {
                Activate(instance, record);
            }
        });
    }

    /// <summary>An event that was triggered (message, timer, error): it is entered and completes at once.</summary>
    private void EnterTriggered(InstanceRecord instance, BpmnElement element, long scopeKey, JsonObject? variables, JsonObject? localVariables = null)
    {
        var record = NewElement(instance, element, scopeKey);
        record.IsBody = false;
        record.Activated = true;
        MergeLocal(instance, record.Key, localVariables);
        Complete(instance, record, variables);
    }

    private void Activate(InstanceRecord instance, ElementRecord record)
    {
        var element = ElementOf(instance, record);
        if (record.IsBody)
        {
            ActivateBody(instance, record, element);
            return;
        }

        if (!ApplyInputs(instance, record, element) || (record.LoopCounter is null && !OpenBoundaries(instance, record, element)))
        {
            return;
        }

        record.Activated = true;
        switch (element.Kind)
        {
            case BpmnElementKind.ServiceTask:
            case BpmnElementKind.ScriptTask when element.Script is null:
            case BpmnElementKind.UserTask when element.UserTask is { Native: false }:
            case BpmnElementKind.EndEvent or BpmnElementKind.IntermediateThrowEvent when element.Event.Kind == BpmnEventKind.Message:
                CreateJob(instance, record, element);
                break;
            case BpmnElementKind.ScriptTask:
                RunScript(instance, record, element);
                break;
            case BpmnElementKind.UserTask:
                CreateUserTask(instance, record, element);
                break;
            case BpmnElementKind.ReceiveTask or BpmnElementKind.IntermediateCatchEvent:
                OpenCatch(instance, record, element);
                break;
            case BpmnElementKind.EventBasedGateway:
                foreach (var flow in element.Outgoing)
                {
                    OpenCatch(instance, record, flow.Target);
                }

                break;
            case BpmnElementKind.SubProcess or BpmnElementKind.EventSubProcess:
                OpenScopeTriggers(instance, record, element);
                if (element.NoneStart is { } start)
                {
                    Enter(instance, start, record.Key);
                }

                break;
            case BpmnElementKind.EndEvent or BpmnElementKind.IntermediateThrowEvent:
                ActivateThrowEvent(instance, record, element);
                break;
            default:
                Complete(instance, record, null);
                break;
        }
    }

    private void ActivateThrowEvent(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        switch (element.Event.Kind)
        {
            case BpmnEventKind.Error:
                ThrowFromEvent(instance, record, element);
                break;
            case BpmnEventKind.Terminate:
                var scope = instance.Elements[record.ScopeKey!.Value];
                foreach (var child in ChildrenOf(instance, scope.Key).Where(c => c.Key != record.Key).ToList())
                {
                    Terminate(instance, child);
                }

                scope.Joins = null;
                Complete(instance, record, null);
                break;
            case BpmnEventKind.Compensate:
                StartCompensation(instance, record, element);
                break;
            default:
                Complete(instance, record, null);
                break;
        }
    }

    private void RunScript(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        var script = element.Script!;
        if (!TryEvaluate(instance, record.Key, script.Expression, out var value, out var error))
        {
            RaiseIncident(instance, record, "EXTRACT_VALUE_ERROR", error, IncidentStep.Activate);
            return;
        }

        Complete(instance, record, new JsonObject { [script.ResultVariable] = Node(value) });
    }

    private bool ApplyInputs(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        foreach (var mapping in element.Inputs)
        {
            if (!TryEvaluate(instance, record.Key, mapping.Source, out var value, out var error))
            {
                RaiseIncident(instance, record, "IO_MAPPING_ERROR", error, IncidentStep.Activate);
                return false;
            }

            WriteTarget(instance, record.Key, mapping.Target, Node(value), (name, json) => SetLocal(instance, record.Key, name, json));
        }

        return true;
    }
}
