using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>A job report the test cluster received: completion, failure or error, with its body.</summary>
public sealed record JobOutcome(string Kind, long JobKey, JsonNode? Body);
