namespace OrchardCommerce.Workflows.Client;

/// <summary>One deployed resource; exactly one of the properties is set.</summary>
public sealed record DeploymentItem(DeployedProcess? ProcessDefinition, DeployedDecision? DecisionDefinition,
    DeployedDecisionRequirements? DecisionRequirements, DeployedForm? Form, DeployedResource? Resource);
