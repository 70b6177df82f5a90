using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Content;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>
/// Finds the ProductContent item of each product, for a whole page in one query. The match rule: an item whose
/// ProductContent.Handle is set belongs to the product with that handle (the handle patterns are the same on both
/// sides); an item without a handle belongs to the product one of whose variants has its ProductContent.Sku. Commerce
/// owns handle and SKU, so these fields are the mirror the sync keeps equal (see the demo recipes).
/// </summary>
public sealed class ProductContentReader(DbSession session)
{
    public const string ContentType = "ProductContent";
    private const string Part = "ProductContent";

    /// <returns>The matched item per product handle; when several items match one product, a handle match wins, then the lowest item id.</returns>
    public async Task<IReadOnlyDictionary<string, ContentItem>> FindAsync(IReadOnlyCollection<StoreProduct> products,
        VersionOptions status = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        if (products.Count == 0) return new Dictionary<string, ContentItem>();
        var dialect = session.Dialect;
        var handle = ContentJsonSql.Text(dialect, Part, "Handle", "Text");
        var sku = ContentJsonSql.Text(dialect, Part, "Sku", "Text");
        var handles = products.Select(p => p.Handle).Distinct().ToArray();
        var skus = products.SelectMany(p => p.Variants).Select(v => v.Sku).Distinct().ToArray();
        var connection = await session.GetConnectionAsync(cancellationToken);
        var items = (await connection.QueryAsync<string>($"""
            SELECT data FROM content_items
            WHERE content_type = @type AND {ContentStatusSql.Filter(dialect, status)}
              AND ({dialect.In(handle, "handles")} OR (COALESCE({handle}, '') = '' AND {dialect.In(sku, "skus")}))
            """, new { type = ContentType, handles, skus }, session.Transaction))
            .Select(row => ContentItem.FromJson(JsonNode.Parse(row)!.AsObject()))
            .OrderBy(item => item.ContentItemId, StringComparer.Ordinal).ToList();

        var byHandle = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => HandleOf(i) is not null)) byHandle.TryAdd(HandleOf(item)!, item);
        var bySku = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => HandleOf(i) is null && SkuOf(i) is not null)) bySku.TryAdd(SkuOf(item)!, item);

        var matched = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            var item = byHandle.GetValueOrDefault(product.Handle)
                ?? product.Variants.Select(v => bySku.GetValueOrDefault(v.Sku)).Where(i => i is not null)
                    .OrderBy(i => i!.ContentItemId, StringComparer.Ordinal).FirstOrDefault();
            if (item is not null) matched[product.Handle] = item;
        }
        return matched;
    }

    private static string? HandleOf(ContentItem item) => TextOf(item, "Handle");

    private static string? SkuOf(ContentItem item) => TextOf(item, "Sku");

    private static string? TextOf(ContentItem item, string field) =>
        item.FindPart(Part)?[field]?["Text"] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
