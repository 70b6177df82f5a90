using OrchardCommerce.Workflows.Storage;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Turns a group's changes into the rows to write: snapshots for instances, search views for the rest.</summary>
internal static class CommitBuilder
{
    public static WorkflowCommit Build(ChangeSet changes, long nextKey, Func<long, DefinitionRecord> definitionOf)
    {
        var commit = new WorkflowCommit(nextKey);
        commit.Definitions.AddRange(changes.Definitions.Select(d => new DefinitionRow
        {
            DefinitionKey = d.Key, BpmnProcessId = d.BpmnProcessId, Version = d.Version, Name = d.Name, ResourceName = d.ResourceName,
            DeploymentKey = d.DeploymentKey, Checksum = d.Checksum, Xml = d.Xml, DeployedMs = d.DeployedAt.ToUnixTimeMilliseconds(),
        }));
        commit.Instances.AddRange(changes.Instances.Select(i => new InstanceRow
        {
            InstanceKey = i.Key, DefinitionKey = i.DefinitionKey, BpmnProcessId = i.BpmnProcessId, ProcessName = definitionOf(i.DefinitionKey).Name,
            Version = i.Version, State = i.State, HasIncident = i.HasIncident ? 1 : 0, StartMs = i.StartDate.ToUnixTimeMilliseconds(),
            EndMs = i.EndDate?.ToUnixTimeMilliseconds(), Snapshot = WorkflowJson.Serialize(i),
        }));
        commit.Jobs.AddRange(changes.Jobs.Values.Select(e => new JobRow
        {
            JobKey = e.Job.Key, InstanceKey = e.Instance.Key, Type = e.Job.Type, State = e.Job.ViewState, Worker = e.Job.Worker,
            ElementId = e.Job.ElementId, Data = WorkflowJson.Serialize(JobView(e.Instance, e.Job)),
        }));
        commit.Incidents.AddRange(changes.Incidents.Values.Select(e => new IncidentRow
        {
            IncidentKey = e.Incident.Key, InstanceKey = e.Instance.Key, DefinitionKey = e.Instance.DefinitionKey,
            BpmnProcessId = e.Instance.BpmnProcessId, ElementId = e.Incident.ElementId, ErrorType = e.Incident.ErrorType,
            State = e.Incident.State, JobKey = e.Incident.JobKey, Data = WorkflowJson.Serialize(IncidentView(e.Instance, e.Incident)),
        }));
        commit.UserTasks.AddRange(changes.UserTasks.Values.Select(e => new UserTaskRow
        {
            UserTaskKey = e.Task.Key, InstanceKey = e.Instance.Key, DefinitionKey = e.Instance.DefinitionKey, BpmnProcessId = e.Instance.BpmnProcessId,
            ElementId = e.Task.ElementId, ElementInstanceKey = e.Task.ElementInstanceKey, State = e.Task.State, Assignee = e.Task.Assignee,
            Data = WorkflowJson.Serialize(UserTaskView(e.Instance, e.Task, definitionOf(e.Instance.DefinitionKey))),
        }));
        commit.Variables.AddRange(changes.Variables.Select(e => new VariableRow
        {
            VariableKey = e.Key, InstanceKey = e.Value.InstanceKey, ScopeKey = e.Value.ScopeKey, Name = e.Value.Name, Value = e.Value.Json,
        }));
        foreach (var (key, message) in changes.Messages)
        {
            if (message is null)
            {
                commit.DeletedMessages.Add(key);
                continue;
            }

            commit.Messages.Add(new MessageRow
            {
                MessageKey = key, Name = message.Name, CorrelationKey = message.CorrelationKey,
                ExpiresMs = message.Expires.ToUnixTimeMilliseconds(), Data = WorkflowJson.Serialize(message),
            });
        }

        foreach (var (key, timer) in changes.StartTimers)
        {
            if (timer is null)
            {
                commit.DeletedStartTimers.Add(key);
                continue;
            }

            commit.StartTimers.Add(new StartTimerRow { TimerKey = key, DefinitionKey = timer.DefinitionKey, Data = WorkflowJson.Serialize(timer) });
        }

        return commit;
    }

    public static JobView JobView(InstanceRecord instance, JobRecord job) => new(
        job.Key, job.Type, job.Worker, job.ViewState, "BPMN_ELEMENT", job.Retries, job.Deadline, job.EndTime, job.ErrorCode,
        job.ErrorMessage, job.HasFailedWithRetriesLeft, job.CustomHeaders, job.ElementId, job.ElementInstanceKey,
        instance.BpmnProcessId, instance.DefinitionKey, instance.Key);

    public static IncidentView IncidentView(InstanceRecord instance, IncidentRecord incident) => new(
        incident.Key, instance.DefinitionKey, instance.BpmnProcessId, instance.Key, incident.ErrorType, incident.ErrorMessage,
        incident.ElementId, incident.ElementInstanceKey, incident.CreationTime, incident.State, incident.JobKey);

    private static UserTaskView UserTaskView(InstanceRecord instance, UserTaskRecord task, DefinitionRecord definition) => new(
        task.Key, definition.Process.Elements.GetValueOrDefault(task.ElementId)?.Name, task.State, task.Assignee, task.ElementId,
        task.CandidateGroups, task.CandidateUsers, instance.BpmnProcessId, instance.Version, instance.DefinitionKey, instance.Key,
        task.ElementInstanceKey, task.CreationDate, task.CompletionDate, task.DueDate, task.FollowUpDate, task.Priority, task.FormKey,
        task.ExternalFormReference, task.CustomHeaders, definition.Name);
}
