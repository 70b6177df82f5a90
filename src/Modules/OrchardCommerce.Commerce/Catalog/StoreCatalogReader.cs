using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>The store's read side of the catalog: active products only, with stock available to sell.</summary>
public sealed class StoreCatalogReader(DbSession session, ProductReader products)
{
    public async Task<ProductPage<StoreProduct>> ListAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var page = await products.ListAsync(query, activeOnly: true, cancellationToken);
        var items = await ToStoreAsync(page.Items, cancellationToken);
        return new ProductPage<StoreProduct>(items, page.TotalCount, page.HasNextPage, page.EndCursor);
    }

    /// <summary>The active product with <paramref name="handle"/>; null for unknown, draft and archived ones alike.</summary>
    public async Task<StoreProduct?> GetAsync(string handle, CancellationToken cancellationToken = default)
    {
        var product = await products.GetByHandleAsync(handle, cancellationToken);
        return product is { Status: ProductStatus.Active } ? (await ToStoreAsync([product], cancellationToken))[0] : null;
    }

    private async Task<IReadOnlyList<StoreProduct>> ToStoreAsync(IReadOnlyList<Product> items, CancellationToken cancellationToken)
    {
        var variantIds = items.SelectMany(p => p.Variants).Select(v => v.Id).ToArray();
        var available = variantIds.Length == 0 ? [] : (await (await session.GetConnectionAsync(cancellationToken)).QueryAsync<(string VariantId, long Available)>($"""
            SELECT variant_id, CAST(SUM(on_hand - reserved) AS BIGINT) FROM commerce_inventory_levels WHERE {session.Dialect.In("variant_id", "variantIds")} GROUP BY variant_id
            """, new { variantIds }, session.Transaction)).ToDictionary(r => r.VariantId, r => r.Available);
        return items.Select(p => new StoreProduct(p.Handle, p.Title, p.Description, p.SeoTitle, p.SeoDescription, p.Media, p.Options,
            p.Variants.Select(v => new StoreVariant(v.Sku, v.Title, v.Options, v.Prices, available.GetValueOrDefault(v.Id))).ToList(),
            p.Categories, p.Collections)).ToList();
    }
}
