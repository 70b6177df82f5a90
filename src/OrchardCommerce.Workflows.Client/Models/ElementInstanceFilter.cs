using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Equality filters of POST /v2/element-instances/search; <see cref="Advanced"/> adds any other wire filter field.</summary>
public sealed record ElementInstanceFilter : ISearchFilter
{
    [LongKey] public long? ProcessInstanceKey { get; init; }
    [LongKey] public long? ElementInstanceKey { get; init; }
    [LongKey] public long? ProcessDefinitionKey { get; init; }
    public string? ProcessDefinitionId { get; init; }
    public string? ElementId { get; init; }
    public string? ElementName { get; init; }

    /// <summary>E.g. SERVICE_TASK, USER_TASK, START_EVENT, EXCLUSIVE_GATEWAY.</summary>
    public string? Type { get; init; }

    /// <summary>ACTIVE, COMPLETED or TERMINATED.</summary>
    public string? State { get; init; }

    public bool? HasIncident { get; init; }
    [LongKey] public long? IncidentKey { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
