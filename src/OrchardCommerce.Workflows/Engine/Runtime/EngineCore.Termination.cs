namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Terminating element instances (interrupting events, terminate end events, cancel) and ending instances.</summary>
internal sealed partial class EngineCore
{
    /// <summary>Terminates the element instance and everything inside it; jobs and user tasks are cancelled.</summary>
    private void Terminate(InstanceRecord instance, ElementRecord record)
    {
        foreach (var child in ChildrenOf(instance, record.Key).ToList())
        {
            Terminate(instance, child);
        }

        CloseTriggers(instance, record);
        if (record.JobKey is { } jobKey && instance.Jobs.TryGetValue(jobKey, out var job))
        {
            RemoveJob(instance, job, "CANCELED");
        }

        if (record.UserTaskKey is { } taskKey && instance.UserTasks.TryGetValue(taskKey, out var task))
        {
            task.State = "CANCELED";
            RemoveUserTask(instance, task);
        }

        if (record.IncidentKey is { } incidentKey)
        {
            ResolveQuietly(instance, incidentKey);
        }

        instance.Compensations.RemoveAll(c => c.ScopePath.Contains(record.Key));
        if (record.ScopeKey is { } scopeKey && instance.Elements.TryGetValue(scopeKey, out var scope) && scope.IsBody && record.LoopCounter is not null)
        {
            scope.TerminatedInstances++;
        }

        RemoveElement(instance, record, InstanceChangeKind.ElementTerminated);
    }

    /// <summary>The process instance ended (completed or terminated): it leaves memory, its final snapshot stays stored.</summary>
    private void Finish(InstanceRecord instance, string state)
    {
        foreach (var timer in instance.Timers.Values.ToList())
        {
            RemoveTimer(instance, timer);
        }

        foreach (var subscription in instance.Subscriptions.Values.ToList())
        {
            RemoveSubscription(instance, subscription);
        }

        instance.State = state;
        instance.EndDate = Now;
        instance.Compensations.Clear();
        _instances.Remove(instance.Key);
        _owners.Remove(instance.Key);
        Touch(instance);
        Changes.Finished.Add(instance);
        if (!string.IsNullOrEmpty(instance.StartCorrelationKey))
        {
            _messageStarted.Remove((instance.BpmnProcessId, instance.StartCorrelationKey));
            _agenda.Enqueue(() => StartFromBuffer(instance.BpmnProcessId, instance.StartCorrelationKey));
        }
    }

    private void CloseTriggers(InstanceRecord instance, ElementRecord owner)
    {
        foreach (var timer in instance.Timers.Values.Where(t => t.OwnerKey == owner.Key).ToList())
        {
            RemoveTimer(instance, timer);
        }

        foreach (var subscription in instance.Subscriptions.Values.Where(s => s.OwnerKey == owner.Key).ToList())
        {
            RemoveSubscription(instance, subscription);
        }
    }

    private void RemoveTimer(InstanceRecord instance, TimerRecord timer)
    {
        instance.Timers.Remove(timer.Key);
        _owners.Remove(timer.Key);
        Touch(instance);
    }
}
