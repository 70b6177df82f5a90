using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A job as searched (reference §2.17); unlike an activated job its deadline is a date-time here.</summary>
public sealed record JobInfo(
    [property: LongKey] long JobKey, string Type, string? Worker, string? State, int? Retries, DateTimeOffset? Deadline,
    DateTimeOffset? EndTime, string? ErrorCode, string? ErrorMessage, bool? HasFailedWithRetriesLeft,
    IReadOnlyDictionary<string, string>? CustomHeaders, string? ElementId, [property: LongKey] long? ElementInstanceKey,
    string? ProcessDefinitionId, [property: LongKey] long? ProcessDefinitionKey, [property: LongKey] long? ProcessInstanceKey,
    string? TenantId, string? Kind, string? ListenerEventType);
