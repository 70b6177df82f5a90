namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Incidents (reference §2.14, §4.1): raised where a step cannot go on, resolved by retrying that step.</summary>
internal sealed partial class EngineCore
{
    private void RaiseIncident(InstanceRecord instance, ElementRecord record, string type, string message, IncidentStep step, long? jobKey = null)
    {
        var incident = new IncidentRecord
        {
            Key = NewKey(), ErrorType = type, ErrorMessage = message, ElementId = record.ElementId,
            ElementInstanceKey = record.Key, JobKey = jobKey, CreationTime = Now, Step = step,
        };
        instance.Incidents[incident.Key] = incident;
        record.IncidentKey = incident.Key;
        _owners[incident.Key] = instance.Key;
        Changes.Incidents[incident.Key] = (instance, incident);
        Touch(instance);
    }

    public object? ResolveIncident(long key)
    {
        if (InstanceOwning(key) is not { } instance || !instance.Incidents.TryGetValue(key, out var incident))
        {
            throw WorkflowRejection.Command("RESOLVE", RejectionKind.NotFound, $"Expected to resolve incident with key '{key}', but no such incident was found");
        }

        ResolveQuietly(instance, key);
        var record = instance.Elements[incident.ElementInstanceKey];
        switch (incident.Step)
        {
            case IncidentStep.Job when incident.JobKey is { } jobKey && instance.Jobs.TryGetValue(jobKey, out var job):
                if (job.Retries > 0)
                {
                    MakeActivatable(instance, job);
                }
                else
                {
                    // The cause is still there: Zeebe raises a new incident (docs, "Incidents").
                    RaiseIncident(instance, record, "JOB_NO_RETRIES", incident.ErrorMessage, IncidentStep.Job, jobKey);
                }

                break;
            case IncidentStep.Activate:
                Activate(instance, record);
                break;
            case IncidentStep.Complete:
                Complete(instance, record, null);
                break;
            case IncidentStep.ThrowError:
                ThrowFromEvent(instance, record, ElementOf(instance, record));
                break;
            case IncidentStep.CompletionCondition:
                ContinueBody(instance, record, ElementOf(instance, record));
                break;
        }

        RunAgenda();
        return null;
    }

    private void ResolveQuietly(InstanceRecord instance, long incidentKey)
    {
        if (!instance.Incidents.Remove(incidentKey, out var incident))
        {
            return;
        }

        incident.State = "RESOLVED";
        _owners.Remove(incidentKey);
        if (instance.Elements.TryGetValue(incident.ElementInstanceKey, out var record) && record.IncidentKey == incidentKey)
        {
            record.IncidentKey = null;
        }

        Changes.Incidents[incidentKey] = (instance, incident);
        Touch(instance);
    }
}
