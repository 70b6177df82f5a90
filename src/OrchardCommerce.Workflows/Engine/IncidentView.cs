namespace OrchardCommerce.Workflows.Engine;

/// <summary>An incident as the REST IncidentResult shows it (reference §2.14).</summary>
public sealed record IncidentView(
    long IncidentKey,
    long ProcessDefinitionKey,
    string BpmnProcessId,
    long ProcessInstanceKey,
    string ErrorType,
    string ErrorMessage,
    string ElementId,
    long ElementInstanceKey,
    DateTimeOffset CreationTime,
    string State,
    long? JobKey)
{
    public string TenantId => WorkflowConstants.DefaultTenant;
}
