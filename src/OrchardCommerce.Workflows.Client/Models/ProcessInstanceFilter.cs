using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>
/// Equality filters of POST /v2/process-instances/search, AND-combined. <see cref="Advanced"/> adds any other
/// filter field as written on the wire, e.g. <c>{"startDate": {"$gte": "2025-01-01T00:00:00Z"}}</c> or <c>$or</c>.
/// </summary>
public sealed record ProcessInstanceFilter : ISearchFilter
{
    public string? ProcessDefinitionId { get; init; }
    public int? ProcessDefinitionVersion { get; init; }
    [LongKey] public long? ProcessDefinitionKey { get; init; }
    [LongKey] public long? ProcessInstanceKey { get; init; }
    [LongKey] public long? ParentProcessInstanceKey { get; init; }

    /// <summary>ACTIVE, COMPLETED or TERMINATED.</summary>
    public string? State { get; init; }

    public bool? HasIncident { get; init; }
    public string? ElementId { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
