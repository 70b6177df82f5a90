using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>A created instance; Variables are the result variables when the request awaited completion, else empty.</summary>
public sealed record CreatedInstance(long ProcessDefinitionKey, string BpmnProcessId, int Version, long ProcessInstanceKey, JsonObject Variables);
