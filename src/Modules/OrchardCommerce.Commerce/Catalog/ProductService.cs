using System.Data.Common;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Creates, updates and deletes products. Each call validates everything first, then writes in one unit of work
/// (joining the caller's, e.g. a recipe's) that ends with its change-feed events. Throws
/// <see cref="CatalogValidationException"/> (400) and <see cref="CatalogConflictException"/> (409).
/// </summary>
public sealed partial class ProductService(DbSession session, ProductReader reader, ProductWriter writer, CatalogLookups lookups,
    ProductEvents events)
{
    public async Task<Product> CreateAsync(ProductInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(input);
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await lookups.EnsureFreeAsync(input, productId: null);
        var (categories, collections) = await ResolveLinksAsync(input);
        var id = CommerceIds.New("prod");
        await GuardUniqueAsync(async () =>
        {
            await writer.InsertProductAsync(id, input);
            await writer.ReplaceOptionsAsync(id, input.Options);
            for (var i = 0; i < input.Variants.Count; i++)
                await writer.InsertVariantAsync(id, CommerceIds.New("var"), i, ProductValidator.VariantTitle(input, input.Variants[i]), input.Variants[i], input.Options);
            await writer.ReplaceLinksAsync(id, categories, collections);
        });
        var product = (await reader.GetAsync(id, cancellationToken))!;
        await events.ChangedAsync(CommerceEvents.ProductCreated, product, input.Variants.Where(v => v.Prices.Count > 0).Select(v => v.Sku), cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return product;
    }

    /// <summary>Creates or updates the product with the input's handle (recipes). Returns the product and whether it is new.</summary>
    public async Task<(Product Product, bool Created)> UpsertByHandleAsync(ProductInput input, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var existing = CatalogRules.IsHandle(input.Handle) ? await reader.GetByHandleAsync(input.Handle, cancellationToken) : null;
        var result = existing is null ? (await CreateAsync(input, cancellationToken), true) : ((await UpdateAsync(existing.Id, input, cancellationToken))!, false);
        await work.CompleteAsync(cancellationToken);
        return result;
    }

    /// <returns>False when there is no such product.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (await LockAsync(id, cancellationToken) is not { } product) return false;
        await writer.DeleteProductAsync(id);
        await events.DeletedAsync(product, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces one variant's prices (PUT /variants/{sku}/prices); null when no variant has <paramref name="sku"/>.</summary>
    public async Task<ProductVariant?> SetPricesAsync(string sku, IReadOnlyDictionary<string, long> prices, CancellationToken cancellationToken = default)
    {
        var errors = new CatalogErrors();
        foreach (var (currency, amount) in prices)
            if (!CatalogRules.IsCurrency(currency)) errors.Add($"prices.{currency}", "currency " + CatalogRules.CurrencyMessage);
            else if (amount < 0) errors.Add($"prices.{currency}", "amount must be zero or more.");
        errors.ThrowIfAny();
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (await reader.FindVariantAsync(sku, cancellationToken) is not { } info || await LockAsync(info.ProductId, cancellationToken) is not { } before)
            return null;
        var variant = before.Variants.Single(v => v.Sku == sku);
        if (SamePrices(variant.Prices, prices)) { await work.CompleteAsync(cancellationToken); return variant; }
        await writer.ReplacePricesAsync(variant.Id, prices);
        await writer.BumpVariantAsync(variant.Id);
        await writer.TouchProductAsync(before.Id);
        var product = (await reader.GetAsync(before.Id, cancellationToken))!;
        await events.ChangedAsync(CommerceEvents.ProductUpdated, product, [sku], cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return product.Variants.Single(v => v.Sku == sku);
    }

    private static void ThrowIfInvalid(ProductInput input)
    {
        var errors = new CatalogErrors();
        ProductValidator.Validate(input, errors);
        errors.ThrowIfAny();
    }

    private async Task<(IReadOnlyList<string> Categories, IReadOnlyList<string> Collections)> ResolveLinksAsync(ProductInput input)
    {
        var errors = new CatalogErrors();
        var categories = await lookups.ResolveAsync("commerce_categories", input.Categories, "categories", errors);
        var collections = await lookups.ResolveAsync("commerce_collections", input.Collections, "collections", errors);
        errors.ThrowIfAny();
        return (categories, collections);
    }

    private async Task<Product?> LockAsync(string id, CancellationToken cancellationToken)
    {
        await writer.LockProductAsync(id);
        return await reader.GetAsync(id, cancellationToken);
    }

    private static async Task GuardUniqueAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (DbException e) when (CatalogLookups.IsUniqueViolation(e))
        {
            var field = e.Message.Contains("handle") ? "handle" : "sku";
            throw new CatalogConflictException(field, $"The {field} was taken by a concurrent change; retry.");
        }
    }

    private static bool SamePrices(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var amount) && amount == p.Value);
}
