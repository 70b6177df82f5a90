namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on process instances; null fields do not filter. State: ACTIVE, COMPLETED or TERMINATED.</summary>
public sealed record InstanceQuery : SearchQuery
{
    public string? State { get; init; }

    public string? BpmnProcessId { get; init; }

    public long? ProcessDefinitionKey { get; init; }

    public long? ProcessInstanceKey { get; init; }

    public bool? HasIncident { get; init; }
}
