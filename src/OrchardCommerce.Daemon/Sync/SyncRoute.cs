using System.Text.Json;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Which feed events the sync acts on: commerce product and stock changes go to the product's ProductContent mirror (a
/// price change comes with its product's product.updated, so price.changed itself asks for nothing: one job per change),
/// a deleted product archives it, a published ProductContent item goes to its commerce product, a published
/// Branding item to the store's branding, and a tenant that was created (or enabled again) gets its store.
/// </summary>
public sealed class SyncRoute : IFeedRoute
{
    public IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent)
    {
        switch (feedEvent.Feed, feedEvent.Type)
        {
            case ("commerce", "product.created" or "product.updated"):
                yield return Mirror(tenant, feedEvent.AggregateId, feedEvent);
                break;
            // Stock is mirrored too; the event names its product.
            case ("commerce", "stock.changed") when feedEvent.Data.ValueKind == JsonValueKind.Object
                && feedEvent.Data.TryGetProperty("productId", out var product) && product.GetString() is { } productId:
                yield return Mirror(tenant, productId, feedEvent);
                break;
            case ("commerce", "product.deleted"):
                yield return Job(SyncJobs.ProductDeleted, new ProductDeleted(tenant.Name, feedEvent.AggregateId, feedEvent.AggregateVersion, feedEvent.OccurredUtc));
                break;
            case ("content", "branding.changed"):
                yield return Job(SyncJobs.BrandingToStore, new BrandingToStore(tenant.Name, feedEvent.AggregateId, feedEvent.OccurredUtc));
                break;
            case ("tenants", "tenant.created" or "tenant.enabled") when !feedEvent.AggregateId.Equals(CmsTenant.DefaultName, StringComparison.OrdinalIgnoreCase):
                yield return Job(SyncJobs.ProvisionStore, new ProvisionStore(feedEvent.AggregateId));
                break;
            case ("content", "content.published") when IsProductContent(feedEvent.Data):
                yield return Job(SyncJobs.ContentToProduct, new ContentToProduct(tenant.Name, feedEvent.AggregateId, feedEvent.OccurredUtc));
                break;
        }
    }

    private static bool IsProductContent(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("ContentType", out var type) && type.GetString() == "ProductContent";

    // The mirror copies the product's current state, so one page's events for a product need one job (the last).
    private static FeedJob Mirror(CmsTenant tenant, string productId, CmsFeedEvent feedEvent) =>
        Job(SyncJobs.ProductToContent, new ProductToContent(tenant.Name, productId, feedEvent.OccurredUtc)) with { Coalesce = $"product:{productId}" };

    private static FeedJob Job<T>(string type, T payload) => new(type, JsonSerializer.SerializeToNode(payload, JsonSerializerOptions.Web)!);
}
