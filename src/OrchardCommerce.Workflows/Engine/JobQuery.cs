namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on jobs; State as in the REST job search (CREATED, COMPLETED, FAILED, ...).</summary>
public sealed record JobQuery : SearchQuery
{
    public long? JobKey { get; init; }

    public long? ProcessInstanceKey { get; init; }

    public string? Type { get; init; }

    public string? State { get; init; }

    public string? ElementId { get; init; }

    public string? Worker { get; init; }
}
