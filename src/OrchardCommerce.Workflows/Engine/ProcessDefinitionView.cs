namespace OrchardCommerce.Workflows.Engine;

/// <summary>A deployed process definition (reference §2.17).</summary>
public sealed record ProcessDefinitionView(
    long ProcessDefinitionKey,
    string BpmnProcessId,
    string? Name,
    int Version,
    string ResourceName,
    long DeploymentKey,
    bool IsLatestVersion)
{
    public string TenantId => WorkflowConstants.DefaultTenant;
}
