using System.Net;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>Reads one product from both sides over Cms.Web's APIs, as the sync's handlers and reconciliation do.</summary>
internal sealed class ProductDiffReader(TenantDirectory directory, CmsClient cms)
{
    /// <summary>The running tenant named <paramref name="name"/>, or null when Cms.Web does not run one.</summary>
    public async Task<CmsTenant?> FindTenantAsync(string name, CancellationToken ct)
    {
        try { return await directory.FindAsync(name, ct); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>Null when neither side knows the product.</summary>
    public async Task<ProductDiff?> ReadAsync(CmsTenant tenant, string productId, CancellationToken ct)
    {
        var id = Uri.EscapeDataString(productId);
        var product = await GetOrNullAsync(tenant, $"api/commerce/products/{id}", ct);
        var view = await GetOrNullAsync(tenant, $"api/sync/products/{id}", ct);
        return product is null && view is null ? null : ProductDiff.Create(tenant.Name, productId, product, view);
    }

    private async Task<JsonObject?> GetOrNullAsync(CmsTenant tenant, string path, CancellationToken ct)
    {
        try { return await cms.GetAsync(tenant, path, ct); }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound) { return null; }
    }
}
