using OrchardCommerce.Commerce.Outbox;

namespace OrchardCommerce.Commerce.Catalog;

public sealed partial class ProductService
{
    /// <summary>
    /// Replaces every editable field; variants are matched by SKU (added, updated, removed). An update that changes
    /// nothing writes nothing and emits nothing, so re-running a recipe is quiet. Null when there is no such product.
    /// </summary>
    public async Task<Product?> UpdateAsync(string id, ProductInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(input);
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (await LockAsync(id, cancellationToken) is not { } before) return null;
        await lookups.EnsureFreeAsync(input, id);
        var (categories, collections) = await ResolveLinksAsync(input);
        if (Unchanged(before, input))
        {
            await work.CompleteAsync(cancellationToken);
            return before;
        }

        var stored = before.Variants.ToDictionary(v => v.Sku, StringComparer.Ordinal);
        var priced = new List<string>();
        await GuardUniqueAsync(async () =>
        {
            await writer.UpdateProductAsync(id, input);
            await writer.ReplaceOptionsAsync(id, input.Options);
            foreach (var removed in before.Variants.Where(v => !input.Variants.Any(i => i.Sku == v.Sku)))
                await writer.DeleteVariantAsync(removed.Id);
            for (var i = 0; i < input.Variants.Count; i++)
            {
                var variant = input.Variants[i];
                var title = ProductValidator.VariantTitle(input, variant);
                if (!stored.TryGetValue(variant.Sku, out var old))
                {
                    await writer.InsertVariantAsync(id, CommerceIds.New("var"), i, title, variant, input.Options);
                    if (variant.Prices.Count > 0) priced.Add(variant.Sku);
                    continue;
                }
                var pricesChanged = !SamePrices(old.Prices, variant.Prices);
                var changed = pricesChanged || old.Title != title || !SameOptions(old.Options, variant.Options);
                await writer.UpdateVariantAsync(old.Id, i, title, variant, input.Options, bumpVersion: changed);
                if (pricesChanged)
                {
                    await writer.ReplacePricesAsync(old.Id, variant.Prices);
                    priced.Add(variant.Sku);
                }
            }
            await writer.ReplaceLinksAsync(id, categories, collections);
        });
        var product = (await reader.GetAsync(id, cancellationToken))!;
        await events.ChangedAsync(CommerceEvents.ProductUpdated, product, priced, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return product;
    }

    private static bool Unchanged(Product before, ProductInput input) =>
        before.Handle == input.Handle && before.Title == input.Title && before.Description == input.Description
        && before.Status == input.Status
        && before.Options.Count == input.Options.Count
        && before.Options.Zip(input.Options).All(p => p.First.Name == p.Second.Name && p.First.Values.SequenceEqual(p.Second.Values))
        && before.Variants.Count == input.Variants.Count
        && before.Variants.Zip(input.Variants).All(p => p.First.Sku == p.Second.Sku
            && p.First.Title == ProductValidator.VariantTitle(input, p.Second)
            && SameOptions(p.First.Options, p.Second.Options) && SamePrices(p.First.Prices, p.Second.Prices))
        && before.Categories.Order(StringComparer.Ordinal).SequenceEqual(input.Categories.Order(StringComparer.Ordinal))
        && before.Collections.Order(StringComparer.Ordinal).SequenceEqual(input.Collections.Order(StringComparer.Ordinal));

    private static bool SameOptions(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(o => b.TryGetValue(o.Key, out var value) && value == o.Value);
}
