using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Feeds;

/// <summary>A durable job one feed event asks for; the event id makes its idempotency key.</summary>
public sealed record FeedJob(string Type, JsonNode Payload);
