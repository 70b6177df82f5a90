using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Copies a published ProductContent item's content-owned fields (description, SEO, media) to its commerce product,
/// read as they are now and sent with the item's feed version, so commerce drops what it has already applied.
/// </summary>
public sealed class ContentToProductHandler(TenantDirectory tenants, CmsClient cms, SyncStats stats) : IJobHandler<ContentToProduct>
{
    public async Task HandleAsync(ContentToProduct payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        // Null: the item was deleted since.
        if (await cms.GetOrNullAsync(tenant, $"api/sync/content/{Uri.EscapeDataString(payload.ContentItemId)}", ct) is not { } view) return;
        if ((string?)view["productId"] is not { } productId || view["published"] is not JsonObject published) return;
        // Null: the product was deleted meanwhile.
        if (await cms.PutOrNullAsync(tenant, $"api/commerce/products/{Uri.EscapeDataString(productId)}/content", Body(view, published), ct)
            is not { } result) return;
        stats.Record(payload.Tenant, SyncDirection.ContentToCommerce, (bool?)result["applied"] == true, payload.OccurredUtc);
    }

    /// <summary>
    /// An item published by a recipe has no feed event yet (version 0); it goes as version 1, which commerce applies
    /// when its fields differ from what it has at version 1.
    /// </summary>
    public static JsonObject Body(JsonObject view, JsonObject published) => new()
    {
        ["contentVersion"] = Math.Max(1L, (long)view["version"]!),
        ["description"] = published["description"]?.DeepClone(),
        ["seoTitle"] = published["seoTitle"]?.DeepClone(),
        ["seoDescription"] = published["seoDescription"]?.DeepClone(),
        ["media"] = published["media"]?.DeepClone() ?? new JsonArray(),
    };
}
