using System.Net;
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
        JsonObject view, item;
        try
        {
            var id = Uri.EscapeDataString(payload.ContentItemId);
            view = await cms.GetAsync(tenant, $"api/sync/content/{id}", ct);
            item = await cms.GetAsync(tenant, $"api/content/{id}", ct);
        }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return; // Deleted or unpublished since.
        }
        JsonObject result;
        try
        {
            result = await cms.PutAsync(tenant, "api/commerce/store/branding", Body(item, Math.Max(1L, (long)view["version"]!)), ct);
        }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return; // A tenant without a store.
        }
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
