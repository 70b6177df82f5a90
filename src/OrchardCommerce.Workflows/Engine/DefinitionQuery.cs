namespace OrchardCommerce.Workflows.Engine;

/// <summary>Filters on deployed process definitions.</summary>
public sealed record DefinitionQuery : SearchQuery
{
    public long? ProcessDefinitionKey { get; init; }

    public string? BpmnProcessId { get; init; }

    public int? Version { get; init; }

    public bool? IsLatestVersion { get; init; }
}
