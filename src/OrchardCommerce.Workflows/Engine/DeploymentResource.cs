namespace OrchardCommerce.Workflows.Engine;

/// <summary>One file of a deployment: its name (e.g. order.bpmn) and its bytes.</summary>
public sealed record DeploymentResource(string Name, byte[] Content);
