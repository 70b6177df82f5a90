using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Compensation: a compensation throw event runs the handlers of the completed activities of its scope (nested
/// subprocesses included; for an event subprocess, the scope it interrupted), newest first, one at a time, then
/// continues. Each completed activity is compensated at most once.
/// </summary>
internal sealed partial class EngineCore
{
    private void StartCompensation(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        var scope = instance.Elements[record.ScopeKey!.Value];
        var scopeKey = ElementOf(instance, scope).Kind == BpmnElementKind.EventSubProcess && scope.ScopeKey is { } outer ? outer : scope.Key;
        var activity = element.Event.ActivityRef;
        var pending = instance.Compensations
            .Where(c => c.ScopePath.Contains(scopeKey) && (activity is null || c.ElementId == activity))
            .OrderByDescending(c => c.Order)
            .ToList();
        instance.Compensations.RemoveAll(pending.Contains);
        record.PendingCompensations = pending;
        ContinueCompensation(instance, record.Key);
    }

    private void ContinueCompensation(InstanceRecord instance, long throwKey)
    {
        if (!instance.Elements.TryGetValue(throwKey, out var thrower))
        {
            return;
        }

        if (thrower.PendingCompensations is not { Count: > 0 } pending)
        {
            thrower.PendingCompensations = null;
            Complete(instance, thrower, null);
            return;
        }

        var next = pending[0];
        pending.RemoveAt(0);
        var handler = ProcessOf(instance).Element(next.ElementId).CompensationHandler!;
        var record = NewElement(instance, handler, thrower.ScopeKey!.Value);
        record.IsBody = false;
        record.CompensationThrowKey = throwKey;
        _agenda.Enqueue(() =>
        {
            if (Alive(instance, record))
            {
                Activate(instance, record);
            }
        });
    }
}
