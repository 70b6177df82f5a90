using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// Finds the ProductContent item a product without a link already has (from a recipe, or written by hand): the one
/// whose Handle is the product's, else one whose Sku is; never an item linked to another product. The same rule the
/// storefront uses to merge content into products.
/// </summary>
public sealed class ProductContentMatcher(ContentManager content, ProductLinkStore links)
{
    private const int PageSize = 100;

    public async Task<string?> FindAsync(ProductMirror mirror, CancellationToken cancellationToken)
    {
        ContentItem? bySku = null;
        for (var page = 1; ; page++)
        {
            var result = await content.QueryAsync(MirrorFields.ContentType, VersionOptions.Latest, page, PageSize, cancellationToken);
            foreach (var item in result.Items)
            {
                if (MirrorFields.Handle(item) == mirror.Handle && await FreeAsync(item, cancellationToken)) return item.ContentItemId;
                if (bySku is null && mirror.Sku is not null && MirrorFields.Sku(item) == mirror.Sku && await FreeAsync(item, cancellationToken)) bySku = item;
            }
            if (page * PageSize >= result.Total) return bySku?.ContentItemId;
        }
    }

    private async Task<bool> FreeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await links.FindByContentAsync(item.ContentItemId, cancellationToken) is null;
}
