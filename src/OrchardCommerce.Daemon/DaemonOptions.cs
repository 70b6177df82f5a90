namespace OrchardCommerce.Daemon;

/// <summary>Section "Daemon": where Cms.Web is and how the daemon signs in to it.</summary>
public sealed class DaemonOptions
{
    public const string Section = "Daemon";

    /// <summary>Cms.Web's base address, e.g. http://cms:8080. Unset in-process: the host's own first address.</summary>
    public string? CmsUrl { get; set; }

    /// <summary>The service token Cms.Web is configured with (Daemon:ServiceToken on both sides).</summary>
    public string? ServiceToken { get; set; }

    /// <summary>How often the tenant list is re-read, so new tenants are followed without a restart.</summary>
    public TimeSpan TenantRefreshInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The change feed's long-poll wait per request.</summary>
    public TimeSpan FeedWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a feed loop waits after a page that was not full before it asks again, so that under load a request
    /// carries the events of this long rather than one each (and a page's jobs for one product coalesce). Zero reads
    /// again at once.
    /// </summary>
    public TimeSpan FeedLinger { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Set when the daemon runs inside Cms.Web next to the embedded engine: Camunda requests then go to the host's own
    /// address (known only once it listens), whatever host Camunda:RestAddress names.
    /// </summary>
    public bool InProcessEngine { get; set; }

    /// <summary>Per-attempt timeout of ordinary calls to Cms.Web (long polls get their wait on top).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
