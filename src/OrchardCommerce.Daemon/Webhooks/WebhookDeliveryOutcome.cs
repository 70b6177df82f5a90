namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>What one attempt came to, as the delivery log records it.</summary>
public static class WebhookDeliveryOutcome
{
    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "delivered";

    /// <summary>Non-2xx, timeout or transport error: the job fails and retries, or is dead-lettered after the last attempt.</summary>
    public const string Failed = "failed";

    /// <summary>Not sent: the subscription was deleted or deactivated after the event was fanned out.</summary>
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Delivered, Failed, Skipped];
}
