using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client;

/// <summary>POST /v2/messages/correlation (reference §2.12): correlates now or fails with 404, never buffered.</summary>
public sealed record CorrelateMessageRequest
{
    public required string Name { get; init; }
    public string CorrelationKey { get; init; } = "";
    public JsonObject? Variables { get; init; }
    public string? TenantId { get; init; }
}
