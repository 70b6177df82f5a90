using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A deployed DMN decision requirements graph.</summary>
public sealed record DeployedDecisionRequirements(string DecisionRequirementsId, int Version, string DecisionRequirementsName, string TenantId,
    string ResourceName, [property: LongKey] long DecisionRequirementsKey);
