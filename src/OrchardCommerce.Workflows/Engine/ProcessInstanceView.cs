namespace OrchardCommerce.Workflows.Engine;

/// <summary>A process instance as the REST ProcessInstanceResult shows it (reference §2.5).</summary>
public sealed record ProcessInstanceView(
    long ProcessInstanceKey,
    long ProcessDefinitionKey,
    string BpmnProcessId,
    string? ProcessDefinitionName,
    int Version,
    string State,
    bool HasIncident,
    DateTimeOffset StartDate,
    DateTimeOffset? EndDate)
{
    public string TenantId => WorkflowConstants.DefaultTenant;
}
