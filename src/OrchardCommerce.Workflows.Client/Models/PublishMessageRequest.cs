using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>POST /v2/messages/publication (reference §2.11): buffered for <see cref="TimeToLive"/>, does not wait.</summary>
public sealed record PublishMessageRequest
{
    public required string Name { get; init; }
    public string CorrelationKey { get; init; } = "";

    /// <summary>How long the message waits for a subscription; absent or zero = correlate now or discard.</summary>
    [Milliseconds] public TimeSpan? TimeToLive { get; init; }

    /// <summary>Idempotency: the same name, correlation key and id is rejected (409) while the first is buffered.</summary>
    public string? MessageId { get; init; }

    public JsonObject? Variables { get; init; }
    public string? TenantId { get; init; }
}
