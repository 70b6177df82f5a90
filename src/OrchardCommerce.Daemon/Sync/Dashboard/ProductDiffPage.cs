using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// /sync/{tenant}/products/{id}: the product's link, the reconciliation hashes per direction, and each synced field as
/// commerce, the content draft and the published item show it, every cell that differs from its owner marked.
/// </summary>
internal static class ProductDiffPage
{
    public static string Render(DashboardPage page, SyncUrls urls, ProductDiff diff, string? flash)
    {
        var w = new HtmlWriter();
        var link = diff.Link;
        w.Append($"<p><a href=\"{urls.Overview()}\">← Sync</a></p><dl class=\"fields\"><dt>Tenant</dt><dd>{diff.Tenant}</dd>");
        w.Append($"<dt>Product</dt><dd class=\"key\">{diff.ProductId}</dd><dt>Title</dt><dd>{(string?)diff.Product?["title"] ?? "—"}</dd>");
        w.Append($"<dt>Commerce version</dt><dd>{diff.Product?["version"]?.ToString() ?? "no product (deleted?)"}</dd>");
        w.Append($"<dt>Content item</dt><dd class=\"key\" id=\"content-item\">{(string?)diff.View?["contentItemId"] ?? "none linked"}</dd>");
        w.Append($"<dt>Mirrored version</dt><dd id=\"mirrored-version\">{link?["commerceVersion"]?.ToString() ?? "—"}</dd>");
        w.Append($"<dt>Archived</dt><dd id=\"archived\">{(link is null ? "—" : diff.Archived ? "yes" : "no")}</dd>");
        w.Append($"<dt>Link updated</dt><dd>{SyncCells.Time(page, (DateTime?)link?["updatedUtc"])}</dd></dl>");
        w.Append($"<div class=\"actions\">{page.ButtonForm(urls.ResyncProduct(diff.Tenant, diff.ProductId), "Resync product", "primary")}</div>");
        w.Append($"<section class=\"panel\" id=\"hashes\"><h2>Hashes</h2><table><thead><tr><th>Direction</th><th>Owner</th><th>Mirror</th><th></th></tr></thead><tbody>");
        w.Append($"{HashRow(SyncDirection.CommerceToContent, diff.CommerceHash, $"draft {diff.LatestHash} · published {diff.PublishedHash}",
            diff.Product is not null && (diff.LatestHash != diff.CommerceHash || diff.View?["published"] is not null && diff.PublishedHash != diff.CommerceHash))}");
        w.Append($"{HashRow(SyncDirection.ContentToCommerce, diff.OwnedHash, diff.ShownHash,
            diff.Product is not null && diff.View?["published"] is not null && !diff.Archived && diff.OwnedHash != diff.ShownHash)}");
        w.Append($"</tbody></table></section>");
        var differing = diff.Rows.Count(r => r.Differs);
        w.Append($"<section class=\"panel\" id=\"fields\"><h2>Fields ({(differing == 0 ? "in sync" : $"{differing} differ")})</h2>");
        w.Append($"<table class=\"sync-diff\"><thead><tr><th>Field</th><th>Owner</th><th>Commerce</th><th>Content draft</th><th>Content published</th></tr></thead><tbody>");
        foreach (var row in diff.Rows)
        {
            w.Append($"<tr class=\"{(row.Differs ? "stale" : "")}\" data-field=\"{row.Field}\" data-differs=\"{(row.Differs ? "true" : "false")}\">");
            w.Append($"<th>{row.Field}</th><td>{row.Owner}</td>{Cell(row.Commerce, row.CommerceDiffers)}{Cell(row.Latest, row.LatestDiffers)}");
            w.Append($"{Cell(row.Published, row.PublishedDiffers)}</tr>");
        }
        w.Append($"</tbody></table><p class=\"muted\">Commerce owns handle, SKU and price; the published content item owns the rest.");
        w.Append($" A content draft that differs from the published item is an unpublished edit, not drift.</p></section>");
        return DashboardLayout.Render(page, $"Product {diff.ProductId}", w.ToMarkup(), flash);
    }

    private static Markup HashRow(string direction, string owner, string mirror, bool differs) => new HtmlWriter()
        .Append($"<tr class=\"{(differs ? "stale" : "")}\" data-direction=\"{SyncCells.Slug(direction)}\"><td>{direction}</td><td><code>{owner}</code></td>")
        .Append($"<td><code>{mirror}</code></td><td>{(differs ? Differs : new HtmlWriter().Append($"<span class=\"badge state-succeeded\">in sync</span>").ToMarkup())}</td></tr>")
        .ToMarkup();

    private static Markup Cell(string? value, bool differs)
    {
        var w = new HtmlWriter().Append($"<td class=\"{(differs ? "differs" : "")}\">");
        if (value is null) w.Append($"<span class=\"muted\">—</span>");
        else if (value.Length == 0) w.Append($"<span class=\"muted\">(empty)</span>");
        else foreach (var line in value.Split('\n')) w.Append($"<div>{line}</div>");
        if (differs) w.Append($" {Differs}");
        return w.Append($"</td>").ToMarkup();
    }

    private static Markup Differs => new HtmlWriter().Append($"<span class=\"badge stale\">differs</span>").ToMarkup();
}
