using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A deployed process definition with its parsed model.</summary>
internal sealed record DefinitionRecord(
    long Key,
    string BpmnProcessId,
    int Version,
    string ResourceName,
    long DeploymentKey,
    string Checksum,
    string Xml,
    DateTimeOffset DeployedAt,
    BpmnProcess Process)
{
    public string? Name => Process.Name;
}
