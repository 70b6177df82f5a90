using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>Reads a product's content-side mirror (see <see cref="ProductSideView"/>).</summary>
public sealed class ProductSideReader(ProductLinkStore links, ContentManager content)
{
    public async Task<ProductSideView?> GetAsync(string productId, CancellationToken cancellationToken = default)
    {
        var link = await links.GetAsync(productId, cancellationToken);
        if (link is null) return null;
        var latest = await content.GetAsync(link.ContentItemId, VersionOptions.Latest, cancellationToken);
        var published = await content.GetAsync(link.ContentItemId, VersionOptions.Published, cancellationToken);
        return new ProductSideView(productId, link, link.ContentItemId, Values(latest), Values(published));
    }

    private static MirroredValues? Values(ContentItem? item) => item is null ? null
        : new MirroredValues(MirrorFields.Handle(item), MirrorFields.Sku(item), MirrorFields.Price(item), ContentOwnedFields.From(item));
}
