using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Paging;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>
/// Active products with variants, prices, availability and their ProductContent, in a fixed number of queries however
/// many products a page or batch holds: a page is commerce's <see cref="StoreCatalogReader"/> (one query per child
/// table), the products' ids for the edges' cursors, and one content query. Only on tenants with Commerce.
/// </summary>
public sealed partial class StorefrontProductReader(DbSession session, StoreCatalogReader catalog, ProductContentReader content)
{
    public async Task<Connection<StorefrontProduct>> ListAsync(StorefrontProductQuery query, CancellationToken cancellationToken = default)
    {
        if (query.First is < 0 or > StorefrontProductQuery.MaxFirst)
            throw new StorefrontQueryException("first", $"first must be from 0 to {StorefrontProductQuery.MaxFirst}.");
        var after = query.After is null ? null : (string?)(OpaqueCursor.Decode(query.After, "after")["p"] as JsonValue)
            ?? throw new StorefrontQueryException("after", "'after' is not a product cursor.");
        var page = await catalog.ListAsync(new ProductQuery(query.Search, null, query.Category, query.Collection, query.First, after), cancellationToken);
        var products = page.Items;
        var ids = await IdsAsync(products, cancellationToken);
        var merged = await content.FindAsync(products, query.ContentStatus, cancellationToken);
        var edges = products.Select(p => new Edge<StorefrontProduct>(new StorefrontProduct(p, merged.GetValueOrDefault(p.Handle)),
            OpaqueCursor.Encode(new JsonObject { ["p"] = ids[p.Handle] }))).ToList();
        return new Connection<StorefrontProduct>(edges,
            new PageInfo(page.HasNextPage, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), page.TotalCount);
    }

    /// <summary>The active product with <paramref name="handle"/>; null for unknown, draft and archived ones alike.</summary>
    public async Task<StorefrontProduct?> GetByHandleAsync(string handle, VersionOptions contentStatus = VersionOptions.Published,
        CancellationToken cancellationToken = default) =>
        (await GetByHandlesAsync([handle], contentStatus, cancellationToken)).GetValueOrDefault(handle);

    /// <summary>Active products by handle, for a batch of keys (a resolver's data loader); unknown handles are absent.</summary>
    public async Task<IReadOnlyDictionary<string, StorefrontProduct>> GetByHandlesAsync(IEnumerable<string> handles,
        VersionOptions contentStatus = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var products = await ByHandlesAsync([.. handles.Distinct(StringComparer.Ordinal)], cancellationToken);
        var merged = await content.FindAsync(products, contentStatus, cancellationToken);
        return products.ToDictionary(p => p.Handle, p => new StorefrontProduct(p, merged.GetValueOrDefault(p.Handle)), StringComparer.Ordinal);
    }

    /// <summary>Active products by the SKU of any of their variants (cart and order lines name SKUs); unknown SKUs are absent.</summary>
    public async Task<IReadOnlyDictionary<string, StorefrontProduct>> GetBySkusAsync(IEnumerable<string> skus,
        VersionOptions contentStatus = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var wanted = skus.Distinct(StringComparer.Ordinal).ToArray();
        var products = await BySkusAsync(wanted, cancellationToken);
        var merged = await content.FindAsync(products, contentStatus, cancellationToken);
        var bySku = new Dictionary<string, StorefrontProduct>(StringComparer.Ordinal);
        foreach (var product in products)
            foreach (var variant in product.Variants.Where(v => wanted.Contains(v.Sku)))
                bySku[variant.Sku] = new StorefrontProduct(product, merged.GetValueOrDefault(product.Handle));
        return bySku;
    }

    // StoreProduct leaves the internal id out, but the page's cursor is that id (commerce pages by id).
    private async Task<IReadOnlyDictionary<string, string>> IdsAsync(IReadOnlyList<StoreProduct> products, CancellationToken cancellationToken)
    {
        if (products.Count == 0) return new Dictionary<string, string>();
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Handle)>(
            $"SELECT id, handle FROM commerce_products WHERE {session.Dialect.In("handle", "handles")}",
            new { handles = products.Select(p => p.Handle).ToArray() }, session.Transaction);
        return rows.ToDictionary(r => r.Handle, r => r.Id, StringComparer.Ordinal);
    }
}
