using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>
/// POST /v2/process-instances (reference §2.3): by BPMN process id (and version, latest when absent) or by
/// definition key, never both. <see cref="TenantId"/> defaults to the client's tenant.
/// </summary>
public sealed record CreateProcessInstanceRequest
{
    public string? ProcessDefinitionId { get; init; }
    public int? ProcessDefinitionVersion { get; init; }
    [LongKey] public long? ProcessDefinitionKey { get; init; }
    public JsonObject? Variables { get; init; }
    public string? TenantId { get; init; }
    public long? OperationReference { get; init; }
    public IReadOnlyList<StartInstruction>? StartInstructions { get; init; }

    /// <summary>Wait for the instance to finish; the answer then carries its variables.</summary>
    public bool? AwaitCompletion { get; init; }

    /// <summary>With <see cref="AwaitCompletion"/>: the variables to return (all when absent).</summary>
    public IReadOnlyList<string>? FetchVariables { get; init; }

    /// <summary>With <see cref="AwaitCompletion"/>: how long the server waits (its cluster default when absent).</summary>
    [Milliseconds] public TimeSpan? RequestTimeout { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public static CreateProcessInstanceRequest ById(string processDefinitionId, JsonObject? variables = null, int? version = null) =>
        new() { ProcessDefinitionId = processDefinitionId, ProcessDefinitionVersion = version, Variables = variables };

    public static CreateProcessInstanceRequest ByKey(long processDefinitionKey, JsonObject? variables = null) =>
        new() { ProcessDefinitionKey = processDefinitionKey, Variables = variables };
}
