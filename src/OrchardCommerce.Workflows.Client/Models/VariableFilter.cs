using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Equality filters of POST /v2/variables/search; <see cref="Advanced"/> adds any other wire filter field.</summary>
public sealed record VariableFilter : ISearchFilter
{
    public string? Name { get; init; }

    /// <summary>The JSON text of the value, e.g. <c>"\"PendingReview\""</c> for a string.</summary>
    public string? Value { get; init; }

    [LongKey] public long? VariableKey { get; init; }
    [LongKey] public long? ScopeKey { get; init; }
    [LongKey] public long? ProcessInstanceKey { get; init; }
    public bool? IsTruncated { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Further filter fields as written on the wire, merged into the filter object.</summary>
    [JsonIgnore] public JsonObject? Advanced { get; init; }
}
