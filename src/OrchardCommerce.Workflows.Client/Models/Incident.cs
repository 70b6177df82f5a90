using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>An incident (reference §2.14): a job out of retries, an uncaught error, a failed expression, ….</summary>
public sealed record Incident(
    [property: LongKey] long IncidentKey, string? ProcessDefinitionId, [property: LongKey] long? ProcessDefinitionKey,
    [property: LongKey] long? ProcessInstanceKey, string? ErrorType, string? ErrorMessage, string? ElementId,
    [property: LongKey] long? ElementInstanceKey, DateTimeOffset? CreationTime, string? State, [property: LongKey] long? JobKey,
    string? TenantId);
