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
        return link is null ? null : await ViewAsync(link, cancellationToken);
    }

    public async Task<IReadOnlyList<ProductSideView>> ListAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        var views = new List<ProductSideView>();
        foreach (var link in await links.ListAsync(after, limit, cancellationToken)) views.Add(await ViewAsync(link, cancellationToken));
        return views;
    }

    private async Task<ProductSideView> ViewAsync(ProductLink link, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(link.ContentItemId, VersionOptions.Latest, cancellationToken);
        var published = await content.GetAsync(link.ContentItemId, VersionOptions.Published, cancellationToken);
        return new ProductSideView(link.ProductId, link, link.ContentItemId, Values(latest), Values(published));
    }

    private static MirroredValues? Values(ContentItem? item) => item is null ? null
        : new MirroredValues(MirrorFields.Handle(item), MirrorFields.Sku(item), MirrorFields.Price(item), MirrorFields.Stock(item),
            MirrorFields.Availability(item), ContentOwnedFields.From(item));
}
