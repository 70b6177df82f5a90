using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>A message to correlate now and buffer for TimeToLive (reference §2.11, §4.2).</summary>
public sealed record PublishMessageRequest
{
    public required string Name { get; init; }

    public string CorrelationKey { get; init; } = "";

    public TimeSpan TimeToLive { get; init; }

    public string? MessageId { get; init; }

    public JsonObject? Variables { get; init; }
}
