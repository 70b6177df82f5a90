namespace OrchardCommerce.Workflows.Engine;

/// <summary>A job as the REST job search shows it (reference §2.17); State is its last lifecycle event.</summary>
public sealed record JobView(
    long JobKey,
    string Type,
    string? Worker,
    string State,
    string Kind,
    int Retries,
    DateTimeOffset? Deadline,
    DateTimeOffset? EndTime,
    string? ErrorCode,
    string? ErrorMessage,
    bool HasFailedWithRetriesLeft,
    IReadOnlyDictionary<string, string> CustomHeaders,
    string ElementId,
    long ElementInstanceKey,
    string BpmnProcessId,
    long ProcessDefinitionKey,
    long ProcessInstanceKey)
{
    public string TenantId => WorkflowConstants.DefaultTenant;

    public string ListenerEventType => "UNSPECIFIED";
}
