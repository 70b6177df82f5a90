using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>POST /v2/jobs/activation (reference §2.6): a long poll for up to <see cref="MaxJobsToActivate"/> jobs.</summary>
public sealed record ActivateJobsRequest
{
    public required string Type { get; init; }
    public string? Worker { get; init; }

    /// <summary>How long the activated jobs are reserved for this worker (deadline = activation + timeout).</summary>
    [Milliseconds] public required TimeSpan Timeout { get; init; }

    public required int MaxJobsToActivate { get; init; }

    /// <summary>The variables to fetch (all visible ones when absent). Singular on the wire: "fetchVariable".</summary>
    public IReadOnlyList<string>? FetchVariable { get; init; }

    /// <summary>Long-poll time: absent or zero = the gateway default (10 s); negative = answer at once.</summary>
    [Milliseconds] public TimeSpan? RequestTimeout { get; init; }

    /// <summary>Defaults to the client's tenant.</summary>
    public IReadOnlyList<string>? TenantIds { get; init; }
}
