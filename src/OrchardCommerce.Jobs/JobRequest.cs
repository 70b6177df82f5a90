using System.Text.Json.Nodes;

namespace OrchardCommerce.Jobs;

/// <summary>One job of <see cref="IJobClient.EnqueueAllAsync"/>: its type, payload and options.</summary>
public sealed record JobRequest(string Type, JsonNode? Payload, JobOptions? Options = null);
