namespace OrchardCommerce.Workflows.Engine;

/// <summary>A process definition created (or found unchanged) by a deployment.</summary>
public sealed record DeployedProcess(string BpmnProcessId, int Version, long ProcessDefinitionKey, string ResourceName);
