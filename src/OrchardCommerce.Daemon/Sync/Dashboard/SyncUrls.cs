using System.Globalization;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>Every address of the Sync section in one place, so pages, redirects and routes agree; values are URL-escaped here.</summary>
internal sealed class SyncUrls(DashboardUrls dashboard)
{
    public const string Segment = "sync";

    public DashboardUrls Dashboard { get; } = dashboard;

    public string Root { get; } = $"{dashboard.Root}/{Segment}";

    public string Overview(string? done = null, long? job = null, int? count = null) => Root + Query(done, job, count);

    public string Tenant(string tenant) => $"{Root}/{Uri.EscapeDataString(tenant)}";

    public string Product(string tenant, string productId, string? done = null, long? job = null) =>
        $"{Tenant(tenant)}/products/{Uri.EscapeDataString(productId)}" + Query(done, job, null);

    /// <summary>The GET form that opens a product's diff by id (it redirects to <see cref="Product"/>).</summary>
    public string FindProduct(string tenant) => $"{Tenant(tenant)}/products";

    public string ResyncTenant(string tenant) => $"{Tenant(tenant)}/resync";
    public string ResyncProductForm(string tenant) => $"{Tenant(tenant)}/products/resync";
    public string ResyncProduct(string tenant, string productId) => $"{Product(tenant, productId)}/resync";
    public string ReplayJob(long id) => $"{Root}/jobs/{id.ToString(CultureInfo.InvariantCulture)}/replay";
    public string ReplayAll(string tenant) => $"{Tenant(tenant)}/dead-letters/replay";

    private static string Query(string? done, long? job, int? count)
    {
        var query = new List<string>();
        if (done is not null) query.Add("done=" + Uri.EscapeDataString(done));
        if (job is { } id) query.Add("job=" + id.ToString(CultureInfo.InvariantCulture));
        if (count is { } n) query.Add("count=" + n.ToString(CultureInfo.InvariantCulture));
        return query.Count > 0 ? "?" + string.Join('&', query) : "";
    }
}
