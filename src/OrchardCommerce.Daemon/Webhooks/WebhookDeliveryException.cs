namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>An attempt that did not get a 2xx: thrown so the jobs engine fails the job and retries it with backoff.</summary>
public sealed class WebhookDeliveryException(string url, WebhookSendResult result)
    : Exception($"Delivery to {url} failed: {result.Error ?? $"HTTP {result.StatusCode}"}")
{
    public int? StatusCode { get; } = result.StatusCode;
}
