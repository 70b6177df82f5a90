using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// A product across both sides: the commerce product (admin JSON) and the content side's view (GET
/// /api/sync/products/{id}), compared field by field and by the hashes reconciliation uses, with the same rules: the
/// draft and the published item must show commerce's handle, SKU, price, stock and availability; commerce must show the published item's
/// description, SEO and media (unless the link is archived).
/// </summary>
internal sealed record ProductDiff(string Tenant, string ProductId, JsonObject? Product, JsonObject? View, IReadOnlyList<ProductDiffRow> Rows,
    string CommerceHash, string LatestHash, string PublishedHash, string OwnedHash, string ShownHash)
{
    public const string Commerce = "commerce";
    public const string Content = "content";

    public JsonObject? Link => View?["link"] as JsonObject;

    public bool Archived => Link?["archived"] is JsonValue archived && archived.TryGetValue<bool>(out var value) && value;

    public static ProductDiff Create(string tenant, string productId, JsonObject? product, JsonObject? view)
    {
        var mirror = product is null ? null : ProductToContentHandler.Mirror(product);
        var latest = view?["latest"] as JsonObject;
        var published = view?["published"] as JsonObject;
        var archived = view?["link"]?["archived"] is JsonValue a && a.TryGetValue<bool>(out var isArchived) && isArchived;
        var rows = new List<ProductDiffRow>();
        foreach (var (label, field) in new[] { ("Handle", "handle"), ("SKU", "sku"), ("Price", "price"), ("Stock", "stock"), ("Availability", "availability") })
        {
            var owner = Text(mirror?[field]);
            var draft = Text(latest?[field]);
            var live = Text(published?[field]);
            rows.Add(new ProductDiffRow(label, Commerce, owner, draft, live, false,
                mirror is not null && (latest is null || draft != owner), mirror is not null && published is not null && live != owner));
        }
        foreach (var (label, field) in new[] { ("Description", "description"), ("SEO title", "seoTitle"), ("SEO description", "seoDescription"), ("Media", "media") })
        {
            var shown = Text(product?[field], field == "media");
            var draft = Text(latest?["owned"]?[field], field == "media");
            var owner = Text(published?["owned"]?[field], field == "media");
            rows.Add(new ProductDiffRow(label, Content, shown, draft, owner,
                product is not null && published is not null && !archived && shown != owner, false, false));
        }
        return new ProductDiff(tenant, productId, product, view, rows,
            mirror is null ? "none" : SyncHashes.Mirror(mirror), SyncHashes.Mirror(latest), SyncHashes.Mirror(published),
            SyncHashes.Owned(published?["owned"]), product is null ? "none" : SyncHashes.Owned(product));
    }

    /// <summary>A value as compared and shown: numbers normalised (45 = 45.00), lists one item a line, a missing list empty.</summary>
    private static string? Text(JsonNode? node, bool list = false) => node switch
    {
        null => list ? "" : null,
        JsonArray items => string.Join('\n', items.Select(i => Text(i))),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number.ToString("0.############", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
