using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>Section "Daemon:Webhooks": how outgoing deliveries are sent and retried; every default lives here.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Daemon:Webhooks";

    /// <summary>How long one attempt waits for the receiver's answer (status line and headers).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per delivery, the first included; after the last failed one the job is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles after each further one (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a tenant's subscriptions are reused before they are read again from Cms.Web.</summary>
    public TimeSpan SubscriptionCacheTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long delivery attempts stay in the log (and on the dashboard, for Redeliver) before they are pruned.</summary>
    public TimeSpan LogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Deliver to loopback, private, link-local and other non-public addresses too: for a receiver on the daemon's own
    /// network or local development. Off by default, so a tenant's subscription cannot reach internal services.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The jobs engine's retries are the delivery retries: the HTTP client itself never retries.</summary>
    public RetryPolicy ToRetryPolicy() => new() { MaxAttempts = Math.Max(1, MaxAttempts), BaseDelay = RetryDelay, MaxDelay = MaxRetryDelay };
}
