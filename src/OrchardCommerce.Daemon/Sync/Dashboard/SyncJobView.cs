using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>A failed or dead-lettered sync job with what its payload names.</summary>
internal sealed record SyncJobView(JobSummary Job, string Tenant, string? ProductId, string? ContentItemId);
