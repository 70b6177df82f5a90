using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Equality filters of POST /v2/incidents/search; <see cref="Advanced"/> adds any other wire filter field.</summary>
public sealed record IncidentFilter : ISearchFilter
{
    [LongKey] public long? IncidentKey { get; init; }
    [LongKey] public long? ProcessInstanceKey { get; init; }
    [LongKey] public long? ProcessDefinitionKey { get; init; }
    public string? ProcessDefinitionId { get; init; }
    [LongKey] public long? ElementInstanceKey { get; init; }
    public string? ElementId { get; init; }
    [LongKey] public long? JobKey { get; init; }

    /// <summary>E.g. JOB_NO_RETRIES, UNHANDLED_ERROR_EVENT, CONDITION_ERROR (reference §2.14).</summary>
    public string? ErrorType { get; init; }

    /// <summary>ACTIVE, MIGRATED, RESOLVED or PENDING.</summary>
    public string? State { get; init; }

    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
