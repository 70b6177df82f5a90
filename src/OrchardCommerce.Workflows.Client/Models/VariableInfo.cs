using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A variable as searched: <see cref="Value"/> is the JSON text of the value, possibly truncated.</summary>
public sealed record VariableInfo(string Name, string? Value, bool IsTruncated, [property: LongKey] long VariableKey,
    [property: LongKey] long ScopeKey, [property: LongKey] long ProcessInstanceKey, string? TenantId)
{
    /// <summary>The value parsed back from its JSON text; null for a JSON null or a truncated value.</summary>
    public JsonNode? ParseValue() => IsTruncated || Value is null ? null : JsonNode.Parse(Value);
}
