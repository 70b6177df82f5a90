using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A deployed BPMN process: its id (the BPMN process id), version and key.</summary>
public sealed record DeployedProcess(string ProcessDefinitionId, int ProcessDefinitionVersion, string ResourceName, string TenantId,
    [property: LongKey] long ProcessDefinitionKey);
