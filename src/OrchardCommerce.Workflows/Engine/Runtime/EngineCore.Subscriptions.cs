using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Message subscriptions: opened on entering a catch element, matched by name and correlation key.</summary>
internal sealed partial class EngineCore
{
    private bool OpenSubscription(InstanceRecord instance, ElementRecord owner, BpmnElement catchEvent)
    {
        var definition = catchEvent.Event;
        if (!TryEvaluateString(instance, owner.Key, definition.MessageName!, out var name, out var error))
        {
            RaiseIncident(instance, owner, "EXTRACT_VALUE_ERROR", error, IncidentStep.Activate);
            return false;
        }

        var correlationKey = "";
        if (definition.CorrelationKey is { } keyExpression
            && !TryEvaluateString(instance, owner.Key, keyExpression, out correlationKey, out _))
        {
            RaiseIncident(instance, owner, "EXTRACT_VALUE_ERROR",
                $"Failed to extract the correlation key for '{Text(keyExpression)}': The value must be either a string or a number.", IncidentStep.Activate);
            return false;
        }

        var subscription = new SubscriptionRecord
        {
            Key = NewKey(), OwnerKey = owner.Key, ElementId = catchEvent.Id, MessageName = name, CorrelationKey = correlationKey,
        };
        instance.Subscriptions[subscription.Key] = subscription;
        _owners[subscription.Key] = instance.Key;
        IndexSubscription(subscription);
        Touch(instance);
        _agenda.Enqueue(() => CorrelateBuffered(instance, subscription));
        return true;
    }

    private void IndexSubscription(SubscriptionRecord subscription)
    {
        var key = (subscription.MessageName, subscription.CorrelationKey);
        if (!_subscriptionIndex.TryGetValue(key, out var keys))
        {
            _subscriptionIndex[key] = keys = [];
        }

        keys.Add(subscription.Key);
    }

    private void RemoveSubscription(InstanceRecord instance, SubscriptionRecord subscription)
    {
        instance.Subscriptions.Remove(subscription.Key);
        _owners.Remove(subscription.Key);
        var key = (subscription.MessageName, subscription.CorrelationKey);
        if (_subscriptionIndex.TryGetValue(key, out var keys))
        {
            keys.Remove(subscription.Key);
            if (keys.Count == 0)
            {
                _subscriptionIndex.Remove(key);
            }
        }

        Touch(instance);
    }

    /// <summary>A newly opened subscription takes the oldest buffered message it may have.</summary>
    private void CorrelateBuffered(InstanceRecord instance, SubscriptionRecord subscription)
    {
        if (!instance.IsActive || !instance.Subscriptions.ContainsKey(subscription.Key))
        {
            return;
        }

        var now = Now;
        var message = Buffered(subscription.MessageName, subscription.CorrelationKey)
            .FirstOrDefault(m => m.Expires > now && !m.CorrelatedProcesses.Contains(instance.BpmnProcessId));
        if (message is null)
        {
            return;
        }

        message.CorrelatedProcesses.Add(instance.BpmnProcessId);
        Changes.Messages[message.Key] = message;
        Deliver(instance, subscription, message);
    }

    /// <summary>
    /// Hands the message to the waiting element. Non-interrupting boundary events and event subprocesses keep their
    /// subscription open for further messages.
    /// </summary>
    private void Deliver(InstanceRecord instance, SubscriptionRecord subscription, MessageRecord message)
    {
        var owner = instance.Elements[subscription.OwnerKey];
        var element = ProcessOf(instance).Element(subscription.ElementId);
        var keepsOpen = !element.Interrupting && element.Kind is BpmnElementKind.BoundaryEvent or BpmnElementKind.StartEvent;
        if (!keepsOpen)
        {
            RemoveSubscription(instance, subscription);
        }

        Trigger(instance, owner, element, Variables(message));
    }
}
