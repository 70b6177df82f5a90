using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>POST /v2/deployments (reference §2.2): what was deployed, atomically.</summary>
public sealed record DeploymentResult([property: LongKey] long DeploymentKey, string TenantId, IReadOnlyList<DeploymentItem> Deployments);
