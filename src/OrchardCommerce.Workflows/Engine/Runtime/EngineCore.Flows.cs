using OrchardCommerce.Workflows.Bpmn;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Sequence flows and gateways (reference §5.9): conditions, default flows, parallel and inclusive joins.</summary>
internal sealed partial class EngineCore
{
    private void TakeFlow(InstanceRecord instance, BpmnFlow flow, ElementRecord scope)
    {
        if (!instance.TakenFlows.Contains(flow.Id))
        {
            instance.TakenFlows.Add(flow.Id);
        }

        var target = flow.Target;
        if (target.Incoming.Count > 1 && target.Kind is BpmnElementKind.ParallelGateway or BpmnElementKind.InclusiveGateway)
        {
            var joins = scope.Joins ??= [];
            if (!joins.TryGetValue(target.Id, out var arrived))
            {
                joins[target.Id] = arrived = [];
            }

            arrived[flow.Id] = arrived.GetValueOrDefault(flow.Id) + 1;
            Touch(instance);
            if (target.Kind == BpmnElementKind.ParallelGateway)
            {
                if (target.Incoming.All(f => arrived.GetValueOrDefault(f.Id) > 0))
                {
                    ConsumeJoin(scope, target);
                    Enter(instance, target, scope.Key);
                }
            }
            else
            {
                _agenda.Enqueue(() => CheckInclusiveJoin(instance, scope, target));
            }

            return;
        }

        Enter(instance, target, scope.Key);
    }

    /// <summary>Takes one waiting token from each incoming flow that has one.</summary>
    private static void ConsumeJoin(ElementRecord scope, BpmnElement gateway)
    {
        var arrived = scope.Joins![gateway.Id];
        foreach (var flowId in arrived.Keys.ToList())
        {
            if (--arrived[flowId] <= 0)
            {
                arrived.Remove(flowId);
            }
        }

        if (arrived.Count == 0)
        {
            scope.Joins.Remove(gateway.Id);
        }

        if (scope.Joins.Count == 0)
        {
            scope.Joins = null;
        }
    }

    /// <summary>An inclusive join fires once no other token of its scope can still reach it (BPMN 2.0 §13.3.2).</summary>
    private void CheckInclusiveJoin(InstanceRecord instance, ElementRecord scope, BpmnElement gateway)
    {
        if (!Alive(instance, scope) || scope.Joins?.GetValueOrDefault(gateway.Id) is not { Count: > 0 })
        {
            return;
        }

        var blocked = ChildrenOf(instance, scope.Key).Any(c => gateway.ReachableFrom.Contains(c.ElementId))
            || scope.Joins.Any(j => j.Key != gateway.Id && gateway.ReachableFrom.Contains(j.Key) && j.Value.Count > 0);
        if (blocked)
        {
            return;
        }

        ConsumeJoin(scope, gateway);
        Enter(instance, gateway, scope.Key);
    }

    /// <summary>
    /// Exclusive: the first flow (document order) whose condition is true, else the default. Inclusive: every true
    /// flow, else the default. Null (after raising an incident) when no flow can be taken.
    /// </summary>
    private List<BpmnFlow>? SelectFlows(InstanceRecord instance, ElementRecord record, BpmnElement gateway)
    {
        if (gateway.Outgoing.Count == 1 && gateway.Outgoing[0].Condition is null)
        {
            return [gateway.Outgoing[0]];
        }

        FeelContext? context = null;
        var selected = new List<BpmnFlow>();
        foreach (var flow in gateway.Outgoing.Where(f => f != gateway.DefaultFlow && f.Condition is not null))
        {
            context ??= ContextOf(instance, record.Key);
            if (!TryEvaluate(flow.Condition!, context, out var value, out var error) || value is not bool taken)
            {
                RaiseIncident(instance, record, "EXTRACT_VALUE_ERROR", error.Length > 0 ? error : WrongType(flow.Condition!, "BOOLEAN", value), IncidentStep.Complete);
                return null;
            }

            if (taken)
            {
                selected.Add(flow);
                if (gateway.Kind == BpmnElementKind.ExclusiveGateway)
                {
                    return selected;
                }
            }
        }

        if (selected.Count == 0 && gateway.DefaultFlow is { } fallback)
        {
            selected.Add(fallback);
        }

        if (selected.Count == 0 && gateway.Outgoing.Count > 0)
        {
            RaiseIncident(instance, record, "CONDITION_ERROR", "Expected at least one condition to evaluate to true, or to have a default flow", IncidentStep.Complete);
            return null;
        }

        return selected;
    }
}
