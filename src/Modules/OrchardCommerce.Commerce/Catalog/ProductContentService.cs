using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Applies the fields a product's ProductContent item owns (description, SEO, media), as the sync daemon sends them
/// after a publish. Versions make replays and reordered events harmless: an older content version changes nothing,
/// the same one only repairs drift. Throws <see cref="CatalogValidationException"/> (400).
/// </summary>
public sealed class ProductContentService(DbSession session, ProductReader reader, ProductWriter writer, ProductEvents events)
{
    /// <returns>Null when there is no such product.</returns>
    public async Task<ProductContentResult?> ApplyAsync(string id, ProductContentInput input, CancellationToken cancellationToken = default)
    {
        var errors = new CatalogErrors();
        ProductContentValidator.Validate(input, errors);
        errors.ThrowIfAny();
        return await WriteAsync(id, _ => input, cancellationToken);
    }

    /// <summary>
    /// Sets SEO and media from a recipe, keeping the stored content version and description (ProductService sets that),
    /// so the next publish of the content item still wins. Null when there is no such product.
    /// </summary>
    public async Task<ProductContentResult?> ImportAsync(string id, string? seoTitle, string? seoDescription, IReadOnlyList<string> media,
        CancellationToken cancellationToken = default)
    {
        var errors = new CatalogErrors();
        ProductContentValidator.ValidateSeoAndMedia(seoTitle, seoDescription, media, errors);
        errors.ThrowIfAny();
        return await WriteAsync(id, stored => new ProductContentInput(stored.ContentVersion, stored.Description, seoTitle, seoDescription, media),
            cancellationToken);
    }

    private async Task<ProductContentResult?> WriteAsync(string id, Func<Product, ProductContentInput> inputFor, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await writer.LockProductAsync(id);
        if (await reader.GetAsync(id, cancellationToken) is not { } before) return null;
        var input = inputFor(before);
        var same = SameFields(before, input);
        // Newer wins; the same version applies only when its fields differ, which is how reconciliation repairs drift.
        if (input.ContentVersion < before.ContentVersion || input.ContentVersion == before.ContentVersion && same)
        {
            await work.CompleteAsync(cancellationToken);
            return new ProductContentResult(false, before);
        }
        if (same)
        {
            // A newer version that changes none of our fields (e.g. only the content item's title): record it, so an
            // older version arriving later is still dropped, but write no product version and no event, as an
            // update that changes nothing does not. This also keeps a content ⇄ commerce echo from looping.
            await writer.SetContentVersionAsync(id, input.ContentVersion);
            await work.CompleteAsync(cancellationToken);
            return new ProductContentResult(true, before with { ContentVersion = input.ContentVersion });
        }
        await writer.UpdateContentAsync(id, input);
        var product = (await reader.GetAsync(id, cancellationToken))!;
        await events.ChangedAsync(CommerceEvents.ProductUpdated, product, [], cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return new ProductContentResult(true, product);
    }

    private static bool SameFields(Product product, ProductContentInput input) =>
        product.Description == input.Description && product.SeoTitle == input.SeoTitle && product.SeoDescription == input.SeoDescription
        && product.Media.SequenceEqual(input.Media, StringComparer.Ordinal);
}
