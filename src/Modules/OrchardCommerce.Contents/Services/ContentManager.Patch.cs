using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Contents.Services;

public sealed partial class ContentManager
{
    /// <summary>
    /// Changes the latest and the published version in place, without a new draft, a publish or a feed event: for
    /// values another system owns and mirrors into the item (commerce's price and SKU), which editors neither draft
    /// nor publish. Returns the latest version; throws when there is no such item.
    /// </summary>
    public async Task<ContentItem> PatchCurrentAsync(string contentItemId, Action<ContentItem> patch, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var versions = await store.LoadVersionsAsync(contentItemId, cancellationToken);
        var current = versions.Where(v => v.Latest || v.Published).ToList();
        if (!current.Any(v => v.Latest)) throw new ContentItemNotFoundException(contentItemId);
        foreach (var version in current)
        {
            patch(version);
            version.ModifiedUtc = Now();
            await RunHandlersAsync(version, importing: false, cancellationToken);
            await store.SaveAsync(version, cancellationToken);
        }
        await routes.UpdateAsync(contentItemId, versions, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return current.First(v => v.Latest);
    }
}
