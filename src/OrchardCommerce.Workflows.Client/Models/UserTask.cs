using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A Camunda user task (reference §2.15).</summary>
public sealed record UserTask(
    [property: LongKey] long UserTaskKey, string? Name, string? State, string? Assignee, string? ElementId,
    IReadOnlyList<string>? CandidateGroups, IReadOnlyList<string>? CandidateUsers, string? ProcessDefinitionId,
    DateTimeOffset? CreationDate, DateTimeOffset? CompletionDate, DateTimeOffset? FollowUpDate, DateTimeOffset? DueDate,
    string? TenantId, string? ExternalFormReference, int? ProcessDefinitionVersion, IReadOnlyDictionary<string, string>? CustomHeaders,
    int? Priority, [property: LongKey] long? ElementInstanceKey, string? ProcessName, [property: LongKey] long? ProcessDefinitionKey,
    [property: LongKey] long? ProcessInstanceKey, [property: LongKey] long? FormKey);
