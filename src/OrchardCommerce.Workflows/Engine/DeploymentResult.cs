namespace OrchardCommerce.Workflows.Engine;

/// <summary>The outcome of a deployment: one entry per executable process in the resources.</summary>
public sealed record DeploymentResult(long DeploymentKey, IReadOnlyList<DeployedProcess> Processes);
