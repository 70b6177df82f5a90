using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>A product change's change-feed events, appended last in its unit of work.</summary>
public sealed class ProductEvents(OutboxWriter<CommerceStream> outbox)
{
    public const string ProductAggregate = "product";
    public const string VariantAggregate = "variant";

    /// <param name="pricedSkus">Variants whose prices changed (every priced variant of a new product).</param>
    public async Task ChangedAsync(string type, Product product, IEnumerable<string> pricedSkus, CancellationToken cancellationToken)
    {
        await outbox.AppendAsync(type, ProductAggregate, product.Id, product.Version, product, cancellationToken);
        var skus = pricedSkus.ToHashSet(StringComparer.Ordinal);
        foreach (var variant in product.Variants.Where(v => skus.Contains(v.Sku)))
            await PriceChangedAsync(product.Id, variant, cancellationToken);
    }

    public Task PriceChangedAsync(string productId, ProductVariant variant, CancellationToken cancellationToken) =>
        outbox.AppendAsync(CommerceEvents.PriceChanged, VariantAggregate, variant.Id, variant.Version,
            new { id = variant.Id, productId, sku = variant.Sku, prices = variant.Prices }, cancellationToken);

    /// <summary>The deleted version is one past the last stored one, so consumers order it after every update.</summary>
    public Task DeletedAsync(Product product, CancellationToken cancellationToken) =>
        outbox.AppendAsync(CommerceEvents.ProductDeleted, ProductAggregate, product.Id, product.Version + 1,
            new { id = product.Id, handle = product.Handle, skus = product.Variants.Select(v => v.Sku).ToList() }, cancellationToken);
}
