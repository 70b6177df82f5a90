using System.Text.Json.Serialization;

namespace OrchardCommerce.Webhooks.Models;

/// <summary>
/// A subscription as the API answers it. <see cref="Secret"/> is set only where the secret may be shown: on create,
/// on rotate, and to the daemon (ReadWebhookSecrets); everywhere else it is null and left out of the JSON.
/// </summary>
public sealed record WebhookSubscription(string Id, string Url, IReadOnlyList<string> Events, bool Active, DateTime CreatedUtc,
    DateTime UpdatedUtc)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }
}
