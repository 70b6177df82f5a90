namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on incidents; State: ACTIVE or RESOLVED.</summary>
public sealed record IncidentQuery : SearchQuery
{
    public long? IncidentKey { get; init; }

    public long? ProcessInstanceKey { get; init; }

    public long? ProcessDefinitionKey { get; init; }

    public string? BpmnProcessId { get; init; }

    public string? ErrorType { get; init; }

    public string? ElementId { get; init; }

    public string? State { get; init; }

    public long? JobKey { get; init; }
}
