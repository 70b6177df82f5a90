namespace OrchardCommerce.Workflows.Engine;

/// <summary>A Camunda user task as the REST UserTaskResult shows it (reference §2.15).</summary>
public sealed record UserTaskView(
    long UserTaskKey,
    string? Name,
    string State,
    string? Assignee,
    string ElementId,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    string BpmnProcessId,
    int ProcessDefinitionVersion,
    long ProcessDefinitionKey,
    long ProcessInstanceKey,
    long ElementInstanceKey,
    DateTimeOffset CreationDate,
    DateTimeOffset? CompletionDate,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int Priority,
    string? FormKey,
    string? ExternalFormReference,
    IReadOnlyDictionary<string, string> CustomHeaders,
    string? ProcessName)
{
    public string TenantId => WorkflowConstants.DefaultTenant;
}
