using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Copies the tenant's published Branding item (site name, tagline, colours, logo) to the store's branding, with the
/// item's feed version so the store drops an older one.
/// </summary>
public sealed class BrandingToStoreHandler(TenantDirectory tenants, CmsClient cms, SyncStats stats) : IJobHandler<BrandingToStore>
{
    public async Task HandleAsync(BrandingToStore payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        var id = Uri.EscapeDataString(payload.ContentItemId);
        // Null: deleted or unpublished since.
        if (await cms.GetOrNullAsync(tenant, $"api/sync/content/{id}", ct) is not { } view
            || await cms.GetOrNullAsync(tenant, $"api/content/{id}", ct) is not { } item) return;
        // Null: a tenant without a store.
        if (await cms.PutOrNullAsync(tenant, "api/commerce/store/branding", Body(item, Math.Max(1L, (long)view["version"]!)), ct)
            is not { } result) return;
        stats.Record(payload.Tenant, SyncDirection.ContentToCommerce, (bool?)result["applied"] == true, payload.OccurredUtc);
    }

    /// <summary>The store branding body for a published Branding item (Orchard field shapes: TextField {Text}, MediaField {Paths}).</summary>
    public static JsonObject Body(JsonObject item, long version)
    {
        var part = item["Branding"] as JsonObject;
        string? Text(string field) => (string?)(part?[field]?["Text"] as JsonValue);
        return new JsonObject
        {
            ["version"] = version,
            ["siteName"] = Text("SiteName"), ["tagline"] = Text("Tagline"),
            ["primaryColor"] = Text("PrimaryColor"), ["secondaryColor"] = Text("SecondaryColor"), ["accentColor"] = Text("AccentColor"),
            ["logo"] = (string?)((part?["Logo"]?["Paths"] as JsonArray)?.FirstOrDefault() as JsonValue),
        };
    }
}
