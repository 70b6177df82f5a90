using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Contents.Services;

public sealed partial class ContentManager
{
    /// <summary>
    /// Stores an item version from a recipe exactly as given: ids, Latest/Published, owner, author and dates.
    /// A version id already stored is replaced; flags on the item's other versions give way to the new one's.
    /// </summary>
    public async Task<ContentItem> ImportAsync(JsonObject json, CancellationToken cancellationToken = default)
    {
        var item = ContentItem.FromJson(json);
        if (string.IsNullOrEmpty(item.ContentType)) throw ContentValidationException.For("ContentType", "ContentType is required.");
        if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = ContentIds.New();
        if (!ContentIds.IsValid(item.ContentItemId))
            throw ContentValidationException.For("ContentItemId", "Ids are 1 to 64 letters, digits, '-' or '_'.");
        if (string.IsNullOrEmpty(item.ContentItemVersionId)) item.ContentItemVersionId = ContentIds.New();
        // A hand-written recipe that says nothing about versions means "this is the live item".
        if (!json.ContainsKey("Latest") && !json.ContainsKey("Published")) item.Latest = item.Published = true;
        var now = Now();
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        if (item.Published) item.PublishedUtc ??= now;

        await using var work = await session.BeginWorkAsync(cancellationToken);
        var versions = await store.LoadVersionsAsync(item.ContentItemId, cancellationToken);
        if (versions.FirstOrDefault(v => v.ContentType != item.ContentType) is { } other)
            throw ContentValidationException.For("ContentType", $"Content item '{item.ContentItemId}' is a {other.ContentType}.");
        await RunHandlersAsync(item, importing: true, cancellationToken);

        versions.RemoveAll(v => v.ContentItemVersionId == item.ContentItemVersionId);
        foreach (var version in versions.Where(v => item.Latest && v.Latest || item.Published && v.Published))
        {
            if (item.Latest) version.Latest = false;
            if (item.Published) version.Published = false;
            await store.SaveAsync(version, cancellationToken);
        }
        versions.Add(item);
        await store.SaveAsync(item, cancellationToken);
        await routes.UpdateAsync(item.ContentItemId, versions, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return item;
    }
}
