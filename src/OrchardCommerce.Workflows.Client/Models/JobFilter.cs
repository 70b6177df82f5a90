using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Equality filters of POST /v2/jobs/search; <see cref="Advanced"/> adds any other wire filter field.</summary>
public sealed record JobFilter : ISearchFilter
{
    [LongKey] public long? JobKey { get; init; }
    public string? Type { get; init; }
    public string? Worker { get; init; }

    /// <summary>CREATED, COMPLETED, FAILED, ERROR_THROWN, TIMED_OUT, RETRIES_UPDATED, CANCELED or MIGRATED.</summary>
    public string? State { get; init; }

    public string? Kind { get; init; }
    public string? ElementId { get; init; }
    [LongKey] public long? ElementInstanceKey { get; init; }
    public string? ProcessDefinitionId { get; init; }
    [LongKey] public long? ProcessInstanceKey { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
