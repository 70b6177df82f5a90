using System.Text;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Reads products as their public JSON. Reads join the scope's unit of work when one is open, so a service can
/// read back what it just wrote before its events are appended.
/// </summary>
public sealed partial class ProductReader(DbSession session)
{
    private const string Columns = """
        p.id AS Id, p.handle AS Handle, p.title AS Title, p.description AS Description, p.seo_title AS SeoTitle,
        p.seo_description AS SeoDescription, p.media AS Media, p.content_version AS ContentVersion, p.status AS Status,
        p.version AS Version, p.created_utc AS CreatedUtc, p.updated_utc AS UpdatedUtc
        """;

    public async Task<Product?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await LoadAsync(await RowsAsync("p.id = @id", new { id }), cancellationToken)).SingleOrDefault();

    public async Task<Product?> GetByHandleAsync(string handle, CancellationToken cancellationToken = default) =>
        (await LoadAsync(await RowsAsync("p.handle = @handle", new { handle }), cancellationToken)).SingleOrDefault();

    /// <summary>The variant with <paramref name="sku"/> and its product, or null: what checkout prices a cart line by.</summary>
    public async Task<VariantInfo?> FindVariantAsync(string sku, CancellationToken cancellationToken = default) =>
        (await FindVariantsAsync([sku], cancellationToken)).GetValueOrDefault(sku);

    /// <summary>The variants of <paramref name="skus"/> that exist, by SKU; one round trip for a whole cart.</summary>
    public async Task<IReadOnlyDictionary<string, VariantInfo>> FindVariantsAsync(IReadOnlyCollection<string> skus,
        CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<VariantInfoRow>($"""
            SELECT v.id AS VariantId, v.sku AS Sku, v.title AS Title, p.id AS ProductId, p.handle AS ProductHandle,
                   p.title AS ProductTitle, p.status AS ProductStatus
            FROM commerce_variants v JOIN commerce_products p ON p.id = v.product_id WHERE {session.Dialect.In("v.sku", "skus")}
            """, new { skus = skus.Distinct().ToArray() }, session.Transaction)).ToList();
        var prices = await PricesAsync(rows.Select(r => r.VariantId).ToArray());
        return rows.ToDictionary(r => r.Sku, r => new VariantInfo(r.VariantId, r.Sku, r.Title, r.ProductId, r.ProductHandle,
            r.ProductTitle, r.ProductStatus, prices.GetValueOrDefault(r.VariantId) ?? new Dictionary<string, long>()));
    }

    /// <param name="activeOnly">The store's view: only active products, whatever <see cref="ProductQuery.Status"/> says.</param>
    public async Task<ProductPage<Product>> ListAsync(ProductQuery query, bool activeOnly = false, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("1 = 1");
        var args = new DynamicParameters();
        var status = activeOnly ? ProductStatus.Active : query.Status;
        if (status is not null) { where.Append(" AND p.status = @status"); args.Add("status", status); }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append("""
                 AND (lower(p.title) LIKE @search ESCAPE '\' OR p.handle LIKE @search ESCAPE '\'
                 OR EXISTS (SELECT 1 FROM commerce_variants sv WHERE sv.product_id = p.id AND lower(sv.sku) LIKE @search ESCAPE '\'))
                """);
            args.Add("search", "%" + query.Search.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        }
        if (query.Category is not null)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM commerce_product_categories pc JOIN commerce_categories c ON c.id = pc.category_id WHERE pc.product_id = p.id AND c.handle = @category)");
            args.Add("category", query.Category);
        }
        if (query.Collection is not null)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM commerce_product_collections pl JOIN commerce_collections l ON l.id = pl.collection_id WHERE pl.product_id = p.id AND l.handle = @collection)");
            args.Add("collection", query.Collection);
        }
        var connection = await session.GetConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM commerce_products p WHERE {where}", args, session.Transaction);
        args.Add("take", query.First + 1);
        string paging;
        if (query.Page is { } page) { paging = " ORDER BY p.id LIMIT @take OFFSET @skip"; args.Add("skip", (long)(page - 1) * query.First); }
        else if (query.After is not null) { where.Append(" AND p.id > @after"); args.Add("after", query.After); paging = " ORDER BY p.id LIMIT @take"; }
        else paging = " ORDER BY p.id LIMIT @take";
        var rows = (await connection.QueryAsync<ProductRow>($"SELECT {Columns} FROM commerce_products p WHERE {where}{paging}", args, session.Transaction)).ToList();
        var hasNext = rows.Count > query.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        var items = await LoadAsync(rows, cancellationToken);
        return new ProductPage<Product>(items, total, hasNext, items.Count > 0 ? items[^1].Id : null);
    }

    /// <summary>Every product in handle order, for exports.</summary>
    public async Task<IReadOnlyList<Product>> ListAllAsync(CancellationToken cancellationToken = default) =>
        await LoadAsync(await RowsAsync("1 = 1 ORDER BY p.handle", new { }), cancellationToken);

    private async Task<List<ProductRow>> RowsAsync(string where, object args)
    {
        var connection = await session.GetConnectionAsync();
        return (await connection.QueryAsync<ProductRow>($"SELECT {Columns} FROM commerce_products p WHERE {where}", args, session.Transaction)).ToList();
    }

    private sealed class VariantInfoRow
    {
        public string VariantId { get; set; } = "";
        public string Sku { get; set; } = "";
        public string Title { get; set; } = "";
        public string ProductId { get; set; } = "";
        public string ProductHandle { get; set; } = "";
        public string ProductTitle { get; set; } = "";
        public string ProductStatus { get; set; } = "";
    }
}
