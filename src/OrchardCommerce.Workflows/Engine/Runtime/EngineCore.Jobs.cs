using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Job creation and the job commands (reference §2.6–2.10, §4.1).</summary>
internal sealed partial class EngineCore
{
    private void CreateJob(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        string type;
        var retries = 3;
        Dictionary<string, string> headers;
        if (element.Job is { } definition)
        {
            if (!TryEvaluateString(instance, record.Key, definition.Type, out type, out var error) || !TryRetries(instance, record, definition, out retries, out error))
            {
                RaiseIncident(instance, record, "EXTRACT_VALUE_ERROR", error, IncidentStep.Activate);
                return;
            }

            headers = new Dictionary<string, string>(definition.Headers);
        }
        else
        {
            type = UserTaskDefinition.JobType;
            retries = 1;
            if (UserTaskHeaders(instance, record, element.UserTask!) is not { } userTaskHeaders)
            {
                return;
            }

            headers = userTaskHeaders;
        }

        var job = new JobRecord
        {
            Key = NewKey(), Type = type, Retries = retries, CustomHeaders = headers,
            ElementId = element.Id, ElementInstanceKey = record.Key,
        };
        instance.Jobs[job.Key] = job;
        record.JobKey = job.Key;
        _owners[job.Key] = instance.Key;
        MakeActivatable(instance, job);
    }

    private static bool TryRetries(InstanceRecord instance, ElementRecord record, JobDefinition definition, out int retries, out string error)
    {
        retries = 0;
        if (!TryEvaluate(instance, record.Key, definition.Retries, out var value, out error))
        {
            return false;
        }

        if (value is decimal number || (value is string text && decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out number)))
        {
            retries = (int)number;
            return true;
        }

        error = WrongType(definition.Retries, "NUMBER", value);
        return false;
    }

    private void MakeActivatable(InstanceRecord instance, JobRecord job)
    {
        job.Status = JobStatus.Activatable;
        job.Deadline = null;
        ScheduleJob(job);
        Changes.Jobs[job.Key] = (instance, job);
        Touch(instance);
    }

    /// <summary>Puts the job where the engine will look for it: the activatable set, or the due queue.</summary>
    private void ScheduleJob(JobRecord job)
    {
        switch (job.Status)
        {
            case JobStatus.Activatable when job.BackoffUntil is { } until && until > Now:
                _due.Add(DueKind.JobBackoff, job.Key, until);
                break;
            case JobStatus.Activatable:
                job.BackoffUntil = null;
                if (!_activatable.TryGetValue(job.Type, out var keys))
                {
                    _activatable[job.Type] = keys = [];
                }

                keys.Add(job.Key);
                Changes.ActivatableTypes.Add(job.Type);
                break;
            case JobStatus.Activated when job.Deadline is { } deadline:
                _due.Add(DueKind.JobDeadline, job.Key, deadline);
                break;
        }
    }

    private void RemoveJob(InstanceRecord instance, JobRecord job, string viewState)
    {
        job.ViewState = viewState;
        job.EndTime = Now;
        instance.Jobs.Remove(job.Key);
        _owners.Remove(job.Key);
        if (instance.Elements.TryGetValue(job.ElementInstanceKey, out var record))
        {
            record.JobKey = null;
        }

        Changes.Jobs[job.Key] = (instance, job);
        Touch(instance);
    }

    public IReadOnlyList<ActivatedJob> ActivateJobs(ActivateJobsRequest request)
    {
        var result = new List<ActivatedJob>();
        if (!_activatable.TryGetValue(request.Type, out var keys))
        {
            return result;
        }

        // Oldest first, taking from the front: a backlog of thousands is not copied on every activation.
        while (result.Count < request.MaxJobs && keys.Count > 0)
        {
            var key = keys.Min;
            keys.Remove(key);
            if (InstanceOwning(key) is not { } instance || !instance.Jobs.TryGetValue(key, out var job) || job.Status != JobStatus.Activatable)
            {
                continue;
            }

            job.Status = JobStatus.Activated;
            job.Worker = request.Worker;
            job.Deadline = Now + request.Timeout;
            ScheduleJob(job);
            // Only the job's row is written: the snapshot is not rewritten for an activation (a third of an
            // instance's writes); loading lays the rows' worker and deadline over it (WorkflowStore.LoadAsync).
            Changes.Jobs[job.Key] = (instance, job);
            result.Add(new ActivatedJob(
                job.Key, job.Type, instance.BpmnProcessId, instance.Version, instance.DefinitionKey, instance.Key, job.ElementId,
                job.ElementInstanceKey, job.CustomHeaders, job.Worker, job.Retries, job.Deadline.Value,
                Visible(instance, job.ElementInstanceKey, request.FetchVariables), "BPMN_ELEMENT"));
        }

        return result;
    }

    public object? CompleteJob(long key, JsonObject? variables)
    {
        var (instance, job) = FindJob(key, "COMPLETE", "complete job", requireOpen: true);
        var record = instance.Elements[job.ElementInstanceKey];
        RemoveJob(instance, job, "COMPLETED");
        Complete(instance, record, variables);
        RunAgenda();
        return null;
    }

    private (InstanceRecord Instance, JobRecord Job) FindJob(long key, string command, string action, bool requireOpen)
    {
        if (InstanceOwning(key) is not { } instance || !instance.Jobs.TryGetValue(key, out var job))
        {
            throw WorkflowRejection.Command(command, RejectionKind.NotFound, $"Expected to {action} with key '{key}', but no such job was found");
        }

        if (requireOpen && job.Status is JobStatus.Failed or JobStatus.ErrorThrown)
        {
            var state = job.Status == JobStatus.Failed ? "FAILED" : "ERROR_THROWN";
            throw WorkflowRejection.Command(command, RejectionKind.InvalidState, $"Expected to {action} with key '{key}', but it is in state '{state}'");
        }

        return (instance, job);
    }
}
