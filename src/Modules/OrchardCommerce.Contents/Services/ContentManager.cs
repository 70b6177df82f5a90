using OrchardCommerce.Contents.Handlers;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// Creates, versions, publishes and reads content items. Every write is one unit of work. Versions: at most one
/// latest and one published per item; saving over a published latest version starts a new draft version. Publish,
/// unpublish and delete write their content-feed event in the same unit of work (recipe imports write none: a recipe
/// sets a tenant up, it does not change it).
/// </summary>
public sealed partial class ContentManager(
    DbSession session, ContentItemStore store, RouteIndex routes, ContentDefinitionStore definitions,
    IEnumerable<IContentHandler> handlers, ContentEventWriter events, TimeProvider time)
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await RequireTypeAsync(contentType, cancellationToken);
        var item = new ContentItem { ContentItemId = ContentIds.New(), ContentType = type.Name };
        foreach (var part in type.Parts) item.Part(part.Name);
        return item;
    }

    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish = false, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = ContentIds.New();
        else if (!ContentIds.IsValid(item.ContentItemId))
            throw ContentValidationException.For("ContentItemId", "Ids are 1 to 64 letters, digits, '-' or '_'.");
        var now = Now();
        item.ContentItemVersionId = ContentIds.New();
        item.CreatedUtc = item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? now : null;

        await using var work = await session.BeginWorkAsync(cancellationToken);
        if ((await store.LoadVersionsAsync(item.ContentItemId, cancellationToken)).Count > 0)
            throw ContentValidationException.For("ContentItemId", $"Content item '{item.ContentItemId}' already exists.");
        await RunHandlersAsync(item, importing: false, cancellationToken);
        await store.SaveAsync(item, cancellationToken);
        await routes.UpdateAsync(item.ContentItemId, [item], cancellationToken);
        if (publish) await events.PublishedAsync(item, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return item;
    }

    /// <summary>Saves <paramref name="item"/>'s parts as the latest version: in place over a draft, as a new draft over a published one.</summary>
    public async Task<ContentItem> UpdateDraftAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var versions = await store.LoadVersionsAsync(item.ContentItemId, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Latest) ?? throw new ContentItemNotFoundException(item.ContentItemId);
        if (!string.IsNullOrEmpty(item.ContentType) && item.ContentType != latest.ContentType)
            throw ContentValidationException.For("ContentType", $"The item is a {latest.ContentType}; its type cannot change.");

        var draft = latest.Clone();
        if (latest.Published)
        {
            latest.Latest = false;
            draft.ContentItemVersionId = ContentIds.New();
            draft.Published = false;
            versions.Add(draft);
        }
        else versions[versions.IndexOf(latest)] = draft;
        draft.Content = item.Content.DeepClone().AsObject();
        draft.DisplayText = item.DisplayText ?? latest.DisplayText;
        draft.Author = item.Author ?? latest.Author;
        draft.ModifiedUtc = Now();

        await RunHandlersAsync(draft, importing: false, cancellationToken);
        if (latest.Published) await store.SaveAsync(latest, cancellationToken);
        await store.SaveAsync(draft, cancellationToken);
        await routes.UpdateAsync(item.ContentItemId, versions, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return draft;
    }

    /// <summary>Makes the latest version the published one; the previously published version becomes history.</summary>
    public Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, versions =>
        {
            var latest = versions.First(v => v.Latest);
            if (latest.Published) return [];
            var previous = versions.Where(v => v.Published).ToList();
            previous.ForEach(v => v.Published = false);
            latest.Published = true;
            latest.PublishedUtc = Now();
            return [.. previous, latest];
        }, (item, _) => events.PublishedAsync(item, cancellationToken), cancellationToken);

    /// <summary>Takes the item off the site; its latest version stays, as a draft.</summary>
    public Task<ContentItem> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, versions =>
        {
            var published = versions.Where(v => v.Published).ToList();
            published.ForEach(v => v.Published = false);
            return published;
        }, (item, _) => events.UnpublishedAsync(item.ContentItemId, item.ContentType, cancellationToken), cancellationToken);

    /// <summary>Deletes the item with all its versions; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var versions = await store.LoadVersionsAsync(contentItemId, cancellationToken);
        var removed = await store.DeleteAsync(contentItemId, cancellationToken);
        if (removed) await events.DeletedAsync(contentItemId, versions[0].ContentType, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return removed;
    }

    /// <param name="changed">Runs when <paramref name="change"/> changed any version, with the latest one.</param>
    private async Task<ContentItem> ChangeAsync(string contentItemId, Func<List<ContentItem>, List<ContentItem>> change,
        Func<ContentItem, List<ContentItem>, Task> changed, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var versions = await store.LoadVersionsAsync(contentItemId, cancellationToken);
        if (!versions.Any(v => v.Latest)) throw new ContentItemNotFoundException(contentItemId);
        var saved = change(versions);
        foreach (var version in saved) await store.SaveAsync(version, cancellationToken);
        await routes.UpdateAsync(contentItemId, versions, cancellationToken);
        if (saved.Count > 0) await changed(versions.First(v => v.Latest), versions);
        await work.CompleteAsync(cancellationToken);
        return versions.First(v => v.Latest);
    }

    private async Task RunHandlersAsync(ContentItem item, bool importing, CancellationToken cancellationToken)
    {
        var type = await RequireTypeAsync(item.ContentType, cancellationToken);
        var parts = (await definitions.ListPartsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var context = new ContentUpdateContext(item, type, parts, importing);
        foreach (var handler in handlers) await handler.UpdatingAsync(context, cancellationToken);
        if (context.HasErrors) throw new ContentValidationException(context.Errors);
    }

    private async Task<ContentTypeDefinition> RequireTypeAsync(string contentType, CancellationToken cancellationToken) =>
        (string.IsNullOrEmpty(contentType) ? null : await definitions.GetTypeAsync(contentType, cancellationToken))
        ?? throw ContentValidationException.For("ContentType",
            string.IsNullOrEmpty(contentType) ? "ContentType is required." : $"Unknown content type '{contentType}'.");

    // PostgreSQL keeps microseconds; trimming here keeps the JSON and the columns equal on both providers.
    private DateTime Now() => time.GetStoredUtcNow();
}
