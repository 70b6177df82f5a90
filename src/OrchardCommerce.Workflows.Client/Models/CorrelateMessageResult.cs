using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>The correlated message and the first process instance it reached.</summary>
public sealed record CorrelateMessageResult([property: LongKey] long MessageKey, string? TenantId,
    [property: LongKey] long? ProcessInstanceKey);
