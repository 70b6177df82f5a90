using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Completing elements: output mappings, leaving through sequence flows, and scopes completing.</summary>
internal sealed partial class EngineCore
{
    private void Complete(InstanceRecord instance, ElementRecord record, JsonObject? variables)
    {
        var element = ElementOf(instance, record);
        IReadOnlyList<BpmnFlow> flows = element.Outgoing;
        if (element.Kind is BpmnElementKind.ExclusiveGateway or BpmnElementKind.InclusiveGateway)
        {
            if (SelectFlows(instance, record, element) is not { } selected)
            {
                return;
            }

            flows = selected;
        }

        if (record.IsBody)
        {
            PropagateOutputCollection(instance, record, element);
        }
        else if (!ApplyOutputs(instance, record, element, variables))
        {
            return;
        }

        CloseTriggers(instance, record);
        if (record.LoopCounter is not null)
        {
            InnerCompleted(instance, record, element);
            return;
        }

        RecordCompletion(instance, record, element);
        RemoveElement(instance, record, InstanceChangeKind.ElementCompleted);
        if (record.ScopeKey is not { } scopeKey)
        {
            Finish(instance, "COMPLETED");
            return;
        }

        if (record.CompensationThrowKey is { } throwKey)
        {
            ContinueCompensation(instance, throwKey);
            return;
        }

        var scope = instance.Elements[scopeKey];
        if (flows.Count == 0)
        {
            CheckScopeCompletion(instance, scope);
            return;
        }

        foreach (var flow in flows)
        {
            TakeFlow(instance, flow, scope);
        }
    }

    /// <summary>
    /// Without output mappings, result variables propagate from the element's own scope; with them, the results stay
    /// local and only the mapped targets are merged into the flow scope (reference §5.3).
    /// </summary>
    private bool ApplyOutputs(InstanceRecord instance, ElementRecord record, BpmnElement element, JsonObject? variables)
    {
        if (element.Outputs.Count == 0 || record.ScopeKey is not { } scopeKey)
        {
            MergePropagating(instance, record.Key, variables);
            return true;
        }

        MergeLocal(instance, record.Key, variables);
        var context = ContextOf(instance, record.Key);
        var results = new List<(string Target, JsonNode? Value)>();
        foreach (var mapping in element.Outputs)
        {
            if (!TryEvaluate(mapping.Source, context, out var value, out var error))
            {
                RaiseIncident(instance, record, "IO_MAPPING_ERROR", error, IncidentStep.Complete);
                return false;
            }

            results.Add((mapping.Target, Node(value)));
        }

        foreach (var (target, value) in results)
        {
            WriteTarget(instance, scopeKey, target, value, (name, json) => SetPropagating(instance, scopeKey, name, json));
        }

        return true;
    }

    private static void RecordCompletion(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        if (record.ScopeKey is null || record.IsBody)
        {
            return;
        }

        instance.Completed[element.Id] = instance.Completed.GetValueOrDefault(element.Id) + 1;
        if (element.CompensationHandler is not null && !record.IsBody && record.CompensationThrowKey is null)
        {
            instance.Compensations.Add(new CompensationRecord
            {
                ElementId = element.Id,
                ElementInstanceKey = record.Key,
                ScopePath = ScopeChain(instance, record.ScopeKey.Value).ToList(),
                Order = ++instance.CompletionCounter,
            });
        }
    }

    private void RemoveElement(InstanceRecord instance, ElementRecord record, InstanceChangeKind kind)
    {
        instance.Elements.Remove(record.Key);
        if (record.ScopeKey is not null)
        {
            instance.Variables.Remove(record.Key);
        }

        _owners.Remove(record.Key);
        Emit(instance, record, kind);
        Touch(instance);
        if (record.ScopeKey is { } scopeKey && instance.Elements.TryGetValue(scopeKey, out var scope) && scope.Joins is { Count: > 0 } joins)
        {
            var process = ProcessOf(instance);
            foreach (var gatewayId in joins.Keys.Where(id => process.Element(id).Kind == BpmnElementKind.InclusiveGateway).ToList())
            {
                _agenda.Enqueue(() => CheckInclusiveJoin(instance, scope, process.Element(gatewayId)));
            }
        }
    }

    /// <summary>A scope completes when no token is left in it: no child element instance and no token waiting at a join.</summary>
    private void CheckScopeCompletion(InstanceRecord instance, ElementRecord scope)
    {
        if (!Alive(instance, scope) || scope.IsBody || !scope.Activated
            || ChildrenOf(instance, scope.Key).Any() || scope.Joins is { Count: > 0 })
        {
            return;
        }

        Complete(instance, scope, null);
    }
}
