using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A deployed Camunda form.</summary>
public sealed record DeployedForm(string FormId, int Version, string ResourceName, string TenantId, [property: LongKey] long FormKey);
