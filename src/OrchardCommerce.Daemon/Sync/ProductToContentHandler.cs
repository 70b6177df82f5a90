using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Copies a product's commerce-owned fields (handle, title, first SKU and its price, stock and availability) into its
/// ProductContent item:
/// reads the product as it is now, so however many events asked, the item ends at the latest version, and the
/// receiving side drops a version it has already applied.
/// </summary>
public sealed class ProductToContentHandler(TenantDirectory tenants, CmsClient cms, SyncStats stats) : IJobHandler<ProductToContent>
{
    public async Task HandleAsync(ProductToContent payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        var id = Uri.EscapeDataString(payload.ProductId);
        // Deleted since: its product.deleted event archives the item.
        if (await cms.GetOrNullAsync(tenant, $"api/commerce/products/{id}", ct) is not { } product) return;
        // Null: the tenant does not run the sync (no Sync feature), so nothing mirrors its products.
        if (await cms.PutOrNullAsync(tenant, $"api/sync/products/{id}/mirror", Mirror(product), ct) is not { } result) return;
        stats.Record(payload.Tenant, SyncDirection.CommerceToContent, (bool?)result["applied"] == true, payload.OccurredUtc);
    }

    /// <summary>The body of PUT /api/sync/products/{id}/mirror for <paramref name="product"/> (the commerce admin JSON).</summary>
    public static JsonObject Mirror(JsonObject product)
    {
        var variants = (product["variants"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var variant = variants.FirstOrDefault();
        var price = (variant?["prices"] as JsonObject)?.OrderBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        var stock = variants.Sum(v => Math.Max(0, (long?)v["available"] ?? 0));
        return new JsonObject
        {
            ["version"] = (long)product["version"]!,
            ["handle"] = (string?)product["handle"],
            ["title"] = (string?)product["title"],
            ["sku"] = (string?)variant?["sku"],
            ["price"] = price is { Key: not null } p && p.Value is not null ? Currencies.ToMajor(p.Key, (long)p.Value) : null,
            ["stockVersion"] = variants.Sum(v => (long?)v["stockVersion"] ?? 0),
            ["stock"] = stock,
            ["availability"] = Availability((string?)product["status"], stock),
        };
    }

    /// <summary>What a storefront would say: in stock or not while the product is for sale, else its status.</summary>
    public static string Availability(string? status, long stock) =>
        status == "active" ? (stock > 0 ? "in_stock" : "out_of_stock") : status ?? "draft";
}
