using Dapper;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>Reads a ProductContent item for the content → commerce direction (see <see cref="ContentSideView"/>).</summary>
public sealed class ContentSideReader(DbSession session, ContentManager content, ProductLinkStore links, ProductReader products)
{
    public async Task<ContentSideView?> GetAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null) return null;
        var published = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        var productId = (await links.FindByContentAsync(contentItemId, cancellationToken))?.ProductId
            ?? (latest.ContentType == MirrorFields.ContentType ? await MatchProductAsync(latest, cancellationToken) : null);
        return new ContentSideView(contentItemId, latest.ContentType, await VersionAsync(contentItemId, cancellationToken), productId,
            published is null ? null : ContentOwnedFields.From(published));
    }

    // An unlinked item belongs to the product with its handle, else to the product of its SKU, unless that product is
    // linked to another item already.
    private async Task<string?> MatchProductAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var product = MirrorFields.Handle(item) is { Length: > 0 } handle ? await products.GetByHandleAsync(handle, cancellationToken) : null;
        var productId = product?.Id;
        if (productId is null && MirrorFields.Sku(item) is { Length: > 0 } sku)
            productId = (await products.FindVariantAsync(sku, cancellationToken))?.ProductId;
        return productId is not null && await links.GetAsync(productId, cancellationToken) is null ? productId : null;
    }

    private async Task<long> VersionAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MAX(aggregate_version) FROM {ContentStream.Table} WHERE aggregate_type = @type AND aggregate_id = @contentItemId",
            new { type = ContentEvents.Aggregate, contentItemId }, session.Transaction, cancellationToken: cancellationToken)) ?? 0;
    }
}
