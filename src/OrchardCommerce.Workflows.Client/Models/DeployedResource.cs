using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Any other deployed resource.</summary>
public sealed record DeployedResource(string ResourceId, int Version, string ResourceName, string TenantId, [property: LongKey] long ResourceKey);
