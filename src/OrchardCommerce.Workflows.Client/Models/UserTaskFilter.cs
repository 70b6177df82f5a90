using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Equality filters of POST /v2/user-tasks/search; <see cref="Advanced"/> adds any other wire filter field.</summary>
public sealed record UserTaskFilter : ISearchFilter
{
    [LongKey] public long? UserTaskKey { get; init; }

    /// <summary>CREATED, COMPLETED, CANCELED, … (reference §2.15).</summary>
    public string? State { get; init; }

    public string? Assignee { get; init; }
    public string? CandidateGroup { get; init; }
    public string? CandidateUser { get; init; }
    public string? ElementId { get; init; }
    public string? ProcessDefinitionId { get; init; }
    [LongKey] public long? ProcessDefinitionKey { get; init; }
    [LongKey] public long? ProcessInstanceKey { get; init; }
    [LongKey] public long? ElementInstanceKey { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
