namespace OrchardCommerce.Daemon.Sync;

/// <summary>The sync's durable job types and payloads. Each handler re-reads the owner side, so a job is safe to run late or twice.</summary>
public static class SyncJobs
{
    public const string ProductToContent = "sync.product-to-content";
    public const string ProductDeleted = "sync.product-deleted";
    public const string ContentToProduct = "sync.content-to-product";
    public const string ReconcileTenant = "sync.reconcile-tenant";
    public const string BrandingToStore = "sync.branding-to-store";
    public const string ProvisionStore = "sync.provision-store";

    /// <summary>The id of a tenant's recurring reconciliation.</summary>
    public static string ReconcileRecurringId(string tenant) => "sync.reconcile:" + tenant.ToLowerInvariant();
}

/// <param name="OccurredUtc">When the event that asked for the job happened: the start of the sync lag.</param>
public sealed record ProductToContent(string Tenant, string ProductId, DateTime OccurredUtc);

public sealed record ProductDeleted(string Tenant, string ProductId, long Version, DateTime OccurredUtc);

public sealed record ContentToProduct(string Tenant, string ContentItemId, DateTime OccurredUtc);

public sealed record BrandingToStore(string Tenant, string ContentItemId, DateTime OccurredUtc);

public sealed record ProvisionStore(string Tenant);

/// <param name="Trigger">Why it runs: "schedule", "manual" (resync the tenant), "product" (resync one product).</param>
/// <param name="ProductId">Only this product; null for the whole tenant.</param>
/// <param name="Force">Send every compared aggregate through its handler, drifted or not.</param>
public sealed record ReconcileTenant(string Tenant, string Trigger, string? ProductId = null, bool Force = false);
