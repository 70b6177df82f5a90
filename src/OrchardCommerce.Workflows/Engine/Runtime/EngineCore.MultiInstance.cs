using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Multi-instance activities (reference §5.7): a body element instance holds the inner instances, one per item,
/// all at once (parallel) or one after another (sequential). Boundary events belong to the body.
/// </summary>
internal sealed partial class EngineCore
{
    private void ActivateBody(InstanceRecord instance, ElementRecord body, BpmnElement element)
    {
        var loop = element.MultiInstance!;
        if (!TryEvaluate(instance, body.Key, loop.InputCollection, out var value, out var error) || value is not List<object?> items)
        {
            RaiseIncident(instance, body, "EXTRACT_VALUE_ERROR", error.Length > 0 ? error : WrongType(loop.InputCollection, "ARRAY", value), IncidentStep.Activate);
            return;
        }

        if (!OpenBoundaries(instance, body, element))
        {
            return;
        }

        body.Activated = true;
        body.Items = items.Select(FeelText).ToList();
        if (loop.OutputCollection is { } output)
        {
            SetLocal(instance, body.Key, output, new JsonArray(items.Select(_ => (JsonNode?)null).ToArray()).ToJsonString());
        }

        if (items.Count == 0)
        {
            Complete(instance, body, null);
            return;
        }

        var count = loop.Sequential ? 1 : items.Count;
        for (var i = 0; i < count; i++)
        {
            StartInner(instance, body, element);
        }
    }

    private void StartInner(InstanceRecord instance, ElementRecord body, BpmnElement element)
    {
        var index = body.NextItem++;
        var inner = NewElement(instance, element, body.Key);
        inner.IsBody = false;
        inner.LoopCounter = index + 1;
        if (element.MultiInstance!.InputElement is { } name)
        {
            SetLocal(instance, inner.Key, name, body.Items![index]);
        }

        SetLocal(instance, inner.Key, "loopCounter", inner.LoopCounter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _agenda.Enqueue(() =>
        {
            if (Alive(instance, inner))
            {
                Activate(instance, inner);
            }
        });
    }

    /// <summary>Collects the inner instance's output element, then lets the body go on or complete.</summary>
    private void InnerCompleted(InstanceRecord instance, ElementRecord inner, BpmnElement element)
    {
        var loop = element.MultiInstance!;
        var body = instance.Elements[inner.ScopeKey!.Value];
        if (loop.OutputCollection is { } output && loop.OutputElement is { } outputElement)
        {
            if (!TryEvaluate(instance, inner.Key, outputElement, out var value, out var error))
            {
                RaiseIncident(instance, inner, "EXTRACT_VALUE_ERROR", error, IncidentStep.Complete);
                return;
            }

            var collection = JsonNode.Parse(instance.Variables[body.Key][output].Json) as JsonArray ?? [];
            collection[inner.LoopCounter!.Value - 1] = Node(value);
            SetLocal(instance, body.Key, output, collection.ToJsonString());
        }

        RecordCompletion(instance, inner, element);
        RemoveElement(instance, inner, InstanceChangeKind.ElementCompleted);
        body.CompletedInstances++;
        ContinueBody(instance, body, element);
    }

    private void ContinueBody(InstanceRecord instance, ElementRecord body, BpmnElement element)
    {
        var loop = element.MultiInstance!;
        var active = ChildrenOf(instance, body.Key).ToList();
        if (loop.CompletionCondition is { } condition)
        {
            var context = ContextOf(instance, body.Key)
                .With("numberOfInstances", (decimal)body.Items!.Count)
                .With("numberOfActiveInstances", (decimal)active.Count)
                .With("numberOfCompletedInstances", (decimal)body.CompletedInstances)
                .With("numberOfTerminatedInstances", (decimal)body.TerminatedInstances);
            if (!TryEvaluate(condition, context, out var value, out var error) || value is not bool done)
            {
                RaiseIncident(instance, body, "EXTRACT_VALUE_ERROR", error.Length > 0 ? error : WrongType(condition, "BOOLEAN", value), IncidentStep.CompletionCondition);
                return;
            }

            if (done)
            {
                active.ForEach(inner => Terminate(instance, inner));
                Complete(instance, body, null);
                return;
            }
        }

        if (loop.Sequential && body.NextItem < body.Items!.Count)
        {
            StartInner(instance, body, element);
        }
        else if (active.Count == 0 && body.NextItem >= body.Items!.Count)
        {
            Complete(instance, body, null);
        }
    }

    /// <summary>On completion the body's output collection is merged into the flow scope.</summary>
    private void PropagateOutputCollection(InstanceRecord instance, ElementRecord body, BpmnElement element)
    {
        if (element.MultiInstance!.OutputCollection is { } output && body.ScopeKey is { } scopeKey
            && instance.Variables.TryGetValue(body.Key, out var locals) && locals.TryGetValue(output, out var collection))
        {
            SetPropagating(instance, scopeKey, output, collection.Json);
        }
    }
}
