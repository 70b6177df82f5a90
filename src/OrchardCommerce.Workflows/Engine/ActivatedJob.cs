using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>A job handed to a worker, with every field of the REST ActivatedJobResult (reference §2.6).</summary>
public sealed record ActivatedJob(
    long JobKey,
    string Type,
    string BpmnProcessId,
    int Version,
    long ProcessDefinitionKey,
    long ProcessInstanceKey,
    string ElementId,
    long ElementInstanceKey,
    IReadOnlyDictionary<string, string> CustomHeaders,
    string Worker,
    int Retries,
    DateTimeOffset Deadline,
    JsonObject Variables,
    string Kind)
{
    public string TenantId => WorkflowConstants.DefaultTenant;

    public string ListenerEventType => "UNSPECIFIED";
}
