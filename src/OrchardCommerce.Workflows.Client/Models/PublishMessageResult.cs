using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>The published message's key.</summary>
public sealed record PublishMessageResult([property: LongKey] long MessageKey, string? TenantId);
