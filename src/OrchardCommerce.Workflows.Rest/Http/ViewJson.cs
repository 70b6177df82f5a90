using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>The engine's views as the gateway's result items (field names of the 8.8 spec).</summary>
internal static class ViewJson
{
    public static JsonObject Instance(ProcessInstanceView v) => new()
    {
        ["processInstanceKey"] = RestJson.Key(v.ProcessInstanceKey),
        ["processDefinitionKey"] = RestJson.Key(v.ProcessDefinitionKey),
        ["processDefinitionId"] = v.BpmnProcessId,
        ["processDefinitionName"] = v.ProcessDefinitionName ?? v.BpmnProcessId,
        ["processDefinitionVersion"] = v.Version,
        ["startDate"] = RestJson.Date(v.StartDate),
        ["endDate"] = RestJson.Date(v.EndDate),
        ["state"] = v.State,
        ["hasIncident"] = v.HasIncident,
        ["tenantId"] = v.TenantId,
    };

    public static JsonObject Incident(IncidentView v) => new()
    {
        ["incidentKey"] = RestJson.Key(v.IncidentKey),
        ["processDefinitionKey"] = RestJson.Key(v.ProcessDefinitionKey),
        ["processDefinitionId"] = v.BpmnProcessId,
        ["processInstanceKey"] = RestJson.Key(v.ProcessInstanceKey),
        ["errorType"] = v.ErrorType,
        ["errorMessage"] = v.ErrorMessage,
        ["elementId"] = v.ElementId,
        ["elementInstanceKey"] = RestJson.Key(v.ElementInstanceKey),
        ["creationTime"] = RestJson.Date(v.CreationTime),
        ["state"] = v.State,
        ["jobKey"] = RestJson.Key(v.JobKey),
        ["tenantId"] = v.TenantId,
    };

    public static JsonObject Job(JobView v) => new()
    {
        ["jobKey"] = RestJson.Key(v.JobKey),
        ["type"] = v.Type,
        ["worker"] = v.Worker,
        ["state"] = v.State,
        ["kind"] = v.Kind,
        ["listenerEventType"] = v.ListenerEventType,
        ["retries"] = v.Retries,
        ["deadline"] = RestJson.Date(v.Deadline),
        ["endTime"] = RestJson.Date(v.EndTime),
        ["errorCode"] = v.ErrorCode,
        ["errorMessage"] = v.ErrorMessage,
        ["hasFailedWithRetriesLeft"] = v.HasFailedWithRetriesLeft,
        ["customHeaders"] = RestJson.Headers(v.CustomHeaders),
        ["elementId"] = v.ElementId,
        ["elementInstanceKey"] = RestJson.Key(v.ElementInstanceKey),
        ["processDefinitionId"] = v.BpmnProcessId,
        ["processDefinitionKey"] = RestJson.Key(v.ProcessDefinitionKey),
        ["processInstanceKey"] = RestJson.Key(v.ProcessInstanceKey),
        ["tenantId"] = v.TenantId,
    };

    public static JsonObject UserTask(UserTaskView v) => new()
    {
        ["userTaskKey"] = RestJson.Key(v.UserTaskKey),
        ["name"] = v.Name,
        ["state"] = v.State,
        ["assignee"] = v.Assignee,
        ["elementId"] = v.ElementId,
        ["candidateGroups"] = new JsonArray([.. v.CandidateGroups.Select(g => (JsonNode?)g)]),
        ["candidateUsers"] = new JsonArray([.. v.CandidateUsers.Select(u => (JsonNode?)u)]),
        ["processDefinitionId"] = v.BpmnProcessId,
        ["processDefinitionVersion"] = v.ProcessDefinitionVersion,
        ["processDefinitionKey"] = RestJson.Key(v.ProcessDefinitionKey),
        ["processInstanceKey"] = RestJson.Key(v.ProcessInstanceKey),
        ["elementInstanceKey"] = RestJson.Key(v.ElementInstanceKey),
        ["creationDate"] = RestJson.Date(v.CreationDate),
        ["completionDate"] = RestJson.Date(v.CompletionDate),
        ["dueDate"] = RestJson.Date(v.DueDate),
        ["followUpDate"] = RestJson.Date(v.FollowUpDate),
        ["priority"] = v.Priority,
        ["formKey"] = v.FormKey,
        ["externalFormReference"] = v.ExternalFormReference,
        ["customHeaders"] = RestJson.Headers(v.CustomHeaders),
        ["processName"] = v.ProcessName,
        ["tenantId"] = v.TenantId,
    };

    public static JsonObject Variable(VariableView v) => new()
    {
        ["variableKey"] = RestJson.Key(v.VariableKey),
        ["name"] = v.Name,
        ["value"] = v.Value,
        ["isTruncated"] = v.IsTruncated,
        ["scopeKey"] = RestJson.Key(v.ScopeKey),
        ["processInstanceKey"] = RestJson.Key(v.ProcessInstanceKey),
        ["tenantId"] = v.TenantId,
    };

    public static JsonObject Definition(ProcessDefinitionView v) => new()
    {
        ["processDefinitionKey"] = RestJson.Key(v.ProcessDefinitionKey),
        ["processDefinitionId"] = v.BpmnProcessId,
        ["name"] = v.Name,
        ["version"] = v.Version,
        ["resourceName"] = v.ResourceName,
        ["tenantId"] = v.TenantId,
        ["hasStartForm"] = false,
    };

    public static JsonObject ActivatedJob(ActivatedJob j) => new()
    {
        ["jobKey"] = RestJson.Key(j.JobKey),
        ["type"] = j.Type,
        ["processDefinitionId"] = j.BpmnProcessId,
        ["processDefinitionVersion"] = j.Version,
        ["processDefinitionKey"] = RestJson.Key(j.ProcessDefinitionKey),
        ["processInstanceKey"] = RestJson.Key(j.ProcessInstanceKey),
        ["elementId"] = j.ElementId,
        ["elementInstanceKey"] = RestJson.Key(j.ElementInstanceKey),
        ["customHeaders"] = RestJson.Headers(j.CustomHeaders),
        ["worker"] = j.Worker,
        ["retries"] = j.Retries,
        ["deadline"] = j.Deadline.ToUnixTimeMilliseconds(),
        ["variables"] = j.Variables.DeepClone(),
        ["tenantId"] = j.TenantId,
        ["kind"] = j.Kind,
        ["listenerEventType"] = j.ListenerEventType,
    };
}
