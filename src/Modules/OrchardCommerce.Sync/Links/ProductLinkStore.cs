using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Sync.Links;

/// <summary>The link rows and the mirror log; writers call it inside their unit of work.</summary>
public sealed class ProductLinkStore(DbSession session, TimeProvider clock)
{
    private const string Columns = """
        product_id AS ProductId, content_item_id AS ContentItemId, commerce_version AS CommerceVersion, archived AS Archived,
        updated_utc AS UpdatedUtc, stock_version AS StockVersion
        """;

    public async Task<ProductLink?> GetAsync(string productId, CancellationToken cancellationToken = default) =>
        await QueryOneAsync("product_id = @key", productId, cancellationToken);

    public async Task<ProductLink?> FindByContentAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await QueryOneAsync("content_item_id = @key", contentItemId, cancellationToken);

    /// <summary>Links in product id order after <paramref name="after"/>: how reconciliation walks the mirror side.</summary>
    public async Task<IReadOnlyList<ProductLink>> ListAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sync_product_links WHERE product_id > @after ORDER BY product_id LIMIT @limit",
            new { after = after ?? "", limit }, session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(ToLink).ToList();
    }

    /// <summary>
    /// The product's link, with the product locked for the rest of the unit of work: an advisory lock on PostgreSQL,
    /// because the first write for a product has no row to lock yet (SQLite has one writer already).
    /// </summary>
    public async Task<ProductLink?> LockAsync(string productId, CancellationToken cancellationToken = default)
    {
        if (session.Dialect.IsPostgres)
            await session.Transaction!.Connection!.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(4245, hashtext(@productId))",
                new { productId }, session.Transaction, cancellationToken: cancellationToken));
        return await QueryOneAsync("product_id = @key", productId, cancellationToken);
    }

    public async Task SaveAsync(ProductLink link, string action, CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction ?? throw new InvalidOperationException("Links are saved inside a unit of work.");
        var now = clock.GetUtcNow().UtcDateTime;
        await transaction.Connection!.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sync_product_links (product_id, content_item_id, commerce_version, archived, updated_utc, stock_version)
            VALUES (@ProductId, @ContentItemId, @CommerceVersion, @Archived, @now, @StockVersion)
            ON CONFLICT (product_id) DO UPDATE SET content_item_id = excluded.content_item_id,
                commerce_version = excluded.commerce_version, archived = excluded.archived, updated_utc = excluded.updated_utc,
                stock_version = excluded.stock_version;
            INSERT INTO sync_mirror_log (product_id, commerce_version, action, applied_utc, stock_version)
            VALUES (@ProductId, @CommerceVersion, @action, @now, @StockVersion);
            """, new { link.ProductId, link.ContentItemId, link.CommerceVersion, link.Archived, link.StockVersion, action, now }, transaction,
            cancellationToken: cancellationToken));
    }

    private async Task<ProductLink?> QueryOneAsync(string where, string key, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LinkRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sync_product_links WHERE {where}", new { key }, session.Transaction, cancellationToken: cancellationToken));
        return row is null ? null : ToLink(row);
    }

    private static ProductLink ToLink(LinkRow row) =>
        new(row.ProductId, row.ContentItemId, row.CommerceVersion, row.Archived, DateTime.SpecifyKind(row.UpdatedUtc, DateTimeKind.Utc),
            row.StockVersion);

    private sealed class LinkRow
    {
        public string ProductId { get; set; } = "";
        public string ContentItemId { get; set; } = "";
        public long CommerceVersion { get; set; }
        public bool Archived { get; set; }
        public DateTime UpdatedUtc { get; set; }
        public long StockVersion { get; set; }
    }
}
