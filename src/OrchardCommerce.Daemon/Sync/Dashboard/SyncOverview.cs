using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>What the Sync overview shows: this process's counters and feed activity, and per tenant its failing jobs and reports.</summary>
/// <param name="DirectoryError">Why the tenant list could not be read from Cms.Web, if it could not.</param>
internal sealed record SyncOverview(IReadOnlyList<SyncStatsRow> Stats, IReadOnlyList<FeedState> Feeds, IReadOnlyList<SyncTenantView> Tenants,
    long FailedTotal, long DeadLetteredTotal, string? DirectoryError);
