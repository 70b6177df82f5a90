namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on user tasks; State: CREATED, COMPLETED or CANCELED.</summary>
public sealed record UserTaskQuery : SearchQuery
{
    public long? UserTaskKey { get; init; }

    public long? ProcessInstanceKey { get; init; }

    public long? ProcessDefinitionKey { get; init; }

    public long? ElementInstanceKey { get; init; }

    public string? BpmnProcessId { get; init; }

    public string? ElementId { get; init; }

    public string? State { get; init; }

    public string? Assignee { get; init; }
}
