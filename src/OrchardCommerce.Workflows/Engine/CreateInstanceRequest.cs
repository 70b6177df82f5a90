using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// Starts a process instance by BPMN process id (latest or given version) or by definition key (reference §2.3).
/// StartElementIds start before those elements instead of at the none start event.
/// </summary>
public sealed record CreateInstanceRequest
{
    public string? BpmnProcessId { get; init; }

    public int? Version { get; init; }

    public long? ProcessDefinitionKey { get; init; }

    public JsonObject? Variables { get; init; }

    public IReadOnlyList<string>? StartElementIds { get; init; }

    public bool AwaitCompletion { get; init; }

    /// <summary>With AwaitCompletion: the root variables to return (null = all).</summary>
    public IReadOnlyList<string>? FetchVariables { get; init; }

    /// <summary>With AwaitCompletion: how long to wait (null or zero = the engine default).</summary>
    public TimeSpan? RequestTimeout { get; init; }
}
