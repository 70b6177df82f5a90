namespace OrchardCommerce.Workflows.Client;

/// <summary>Where the cluster is and how to talk to it; bound from the "Camunda" configuration section.</summary>
public sealed class CamundaOptions
{
    public const string SectionName = "Camunda";

    /// <summary>The REST address; "/v2" is appended when missing, as Camunda's own clients do.</summary>
    public string RestAddress { get; set; } = "http://localhost:8080";

    public CamundaAuthMode AuthMode { get; set; } = CamundaAuthMode.None;

    public string? BearerToken { get; set; }

    public string? OAuthUrl { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? Audience { get; set; }
    public string? Scope { get; set; }

    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>Sent where a request has an optional tenant; the literal "&lt;default&gt;" is the default tenant.</summary>
    public string TenantId { get; set; } = "<default>";

    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Full jitter: attempt n waits a random time in [0, min(MaxDelay, BaseDelay · 2^(n-1))].</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Per attempt. A long poll (job activation, awaitCompletion) gets its own requestTimeout on top.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The base address requests are relative to: RestAddress ending in "/v2/".</summary>
    public Uri ResolveBaseAddress()
    {
        var address = RestAddress.Trim().TrimEnd('/');
        if (!address.EndsWith("/v2", StringComparison.OrdinalIgnoreCase)) address += "/v2";
        return new Uri(address + "/", UriKind.Absolute);
    }
}
