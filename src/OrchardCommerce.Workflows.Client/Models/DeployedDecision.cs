using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A deployed DMN decision.</summary>
public sealed record DeployedDecision(string DecisionDefinitionId, int Version, string Name, string TenantId, string DecisionRequirementsId,
    [property: LongKey] long DecisionDefinitionKey, [property: LongKey] long DecisionRequirementsKey);
