using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A process instance as read back (reference §2.5); <see cref="State"/> is ACTIVE, COMPLETED or TERMINATED.</summary>
public sealed record ProcessInstance(
    string ProcessDefinitionId, string? ProcessDefinitionName, int ProcessDefinitionVersion, string? ProcessDefinitionVersionTag,
    DateTimeOffset StartDate, DateTimeOffset? EndDate, string State, bool HasIncident, string TenantId,
    [property: LongKey] long ProcessInstanceKey, [property: LongKey] long ProcessDefinitionKey,
    [property: LongKey] long? ParentProcessInstanceKey, [property: LongKey] long? ParentElementInstanceKey, IReadOnlyList<string>? Tags);
