using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>
/// One run of a BPMN element in an instance (POST /v2/element-instances/search). <see cref="State"/> is ACTIVE,
/// COMPLETED or TERMINATED; <see cref="Type"/> e.g. SERVICE_TASK, START_EVENT, EXCLUSIVE_GATEWAY.
/// </summary>
public sealed record ElementInstance(
    [property: LongKey] long ElementInstanceKey, string ElementId, string? ElementName, string? Type, string State,
    bool HasIncident, [property: LongKey] long? IncidentKey, [property: LongKey] long ProcessInstanceKey,
    [property: LongKey] long? ProcessDefinitionKey, string? ProcessDefinitionId, DateTimeOffset? StartDate, DateTimeOffset? EndDate,
    string? TenantId);
