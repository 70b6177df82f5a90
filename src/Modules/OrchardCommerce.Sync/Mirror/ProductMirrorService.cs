using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// Writes commerce-owned values into a product's ProductContent item, each write in one unit of work with its link
/// and log row. Stale writes (an older product version than the link's) are dropped; a write of the same version
/// applies only when the item drifted from it, so replays and reordered events change nothing.
/// </summary>
public sealed class ProductMirrorService(DbSession session, ProductLinkStore links, ContentManager content, ProductContentMatcher matcher,
    MirrorWriteScope scope)
{
    public async Task<MirrorResult> ApplyAsync(string productId, ProductMirror mirror, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        using var writing = scope.Enter();
        var link = await links.LockAsync(productId, cancellationToken);
        var result = link switch
        {
            { } stale when mirror.IsOlderThan(stale.CommerceVersion, stale.StockVersion) =>
                new MirrorResult(false, "stale", stale.ContentItemId, stale.CommerceVersion),
            { } linked when await content.GetAsync(linked.ContentItemId, VersionOptions.Latest, cancellationToken) is not null =>
                await UpdateAsync(linked, mirror, cancellationToken),
            _ => await LinkOrCreateAsync(productId, mirror, cancellationToken),
        };
        if (result.Applied)
            await links.SaveAsync(new ProductLink(productId, result.ContentItemId!, mirror.Version, false, default, mirror.StockVersion), result.Action,
                cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return result;
    }

    /// <summary>The product was deleted: its item leaves the site but stays, as a draft, marked archived.</summary>
    public async Task<MirrorResult> ArchiveAsync(string productId, long version, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        using var writing = scope.Enter();
        var link = await links.LockAsync(productId, cancellationToken);
        if (link is null || link.Archived || version < link.CommerceVersion)
        {
            await work.CompleteAsync(cancellationToken);
            return new MirrorResult(false, link?.Archived == true ? "unchanged" : "stale", link?.ContentItemId, link?.CommerceVersion ?? 0);
        }
        if (await content.GetAsync(link.ContentItemId, VersionOptions.Latest, cancellationToken) is not null)
            await content.UnpublishAsync(link.ContentItemId, cancellationToken);
        await links.SaveAsync(link with { CommerceVersion = version, Archived = true }, "archived", cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return new MirrorResult(true, "archived", link.ContentItemId, version);
    }

    private async Task<MirrorResult> UpdateAsync(ProductLink link, ProductMirror mirror, CancellationToken cancellationToken)
    {
        var shown = await ShowsAsync(link.ContentItemId, mirror, cancellationToken);
        var same = mirror.Version == link.CommerceVersion && mirror.StockVersion == link.StockVersion;
        if (shown && same)
            return new MirrorResult(false, "unchanged", link.ContentItemId, link.CommerceVersion);
        if (!shown) await content.PatchCurrentAsync(link.ContentItemId, item => MirrorFields.Write(item, mirror), cancellationToken);
        var action = same ? "repaired" : "updated";
        return new MirrorResult(true, action, link.ContentItemId, mirror.Version);
    }

    private async Task<MirrorResult> LinkOrCreateAsync(string productId, ProductMirror mirror, CancellationToken cancellationToken)
    {
        if (await matcher.FindAsync(mirror, cancellationToken) is { } match)
        {
            if (!await ShowsAsync(match, mirror, cancellationToken))
                await content.PatchCurrentAsync(match, item => MirrorFields.Write(item, mirror), cancellationToken);
            return new MirrorResult(true, "linked", match, mirror.Version);
        }
        var draft = await content.NewAsync(MirrorFields.ContentType, cancellationToken);
        draft.DisplayText = mirror.Title;
        draft.Part("TitlePart")["Title"] = mirror.Title;
        draft.Part("AutoroutePart")["Path"] = "/products/" + mirror.Handle;
        MirrorFields.Write(draft, mirror);
        await content.CreateAsync(draft, publish: false, cancellationToken);
        return new MirrorResult(true, "created", draft.ContentItemId, mirror.Version);
    }

    private async Task<bool> ShowsAsync(string contentItemId, ProductMirror mirror, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var published = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        return latest is not null && MirrorFields.Shows(latest, mirror) && (published is null || MirrorFields.Shows(published, mirror));
    }
}
