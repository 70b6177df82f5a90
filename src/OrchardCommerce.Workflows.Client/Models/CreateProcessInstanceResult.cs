using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>The created instance; <see cref="Variables"/> holds the result variables when awaitCompletion was set.</summary>
public sealed record CreateProcessInstanceResult(string ProcessDefinitionId, int ProcessDefinitionVersion, string TenantId, JsonObject? Variables,
    [property: LongKey] long ProcessDefinitionKey, [property: LongKey] long ProcessInstanceKey, IReadOnlyList<string>? Tags);
