namespace OrchardCommerce.Daemon.Sync;

/// <summary>The sync's durable job types and payloads. Each handler re-reads the owner side, so a job is safe to run late or twice.</summary>
public static class SyncJobs
{
    public const string ProductToContent = "sync.product-to-content";
    public const string ProductDeleted = "sync.product-deleted";
    public const string ContentToProduct = "sync.content-to-product";
}

/// <param name="OccurredUtc">When the event that asked for the job happened: the start of the sync lag.</param>
public sealed record ProductToContent(string Tenant, string ProductId, DateTime OccurredUtc);

public sealed record ProductDeleted(string Tenant, string ProductId, long Version, DateTime OccurredUtc);

public sealed record ContentToProduct(string Tenant, string ContentItemId, DateTime OccurredUtc);
