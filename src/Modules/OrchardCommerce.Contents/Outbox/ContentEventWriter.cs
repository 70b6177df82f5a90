using OrchardCommerce.Contents.Models;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Contents.Outbox;

/// <summary>A content change's feed events, appended inside the change's unit of work by <see cref="Services.ContentManager"/>.</summary>
public sealed class ContentEventWriter(OutboxWriter<ContentStream> outbox)
{
    public async Task PublishedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        await AppendAsync(ContentEvents.Published, item.ContentItemId, item.ToJson(), cancellationToken);
        if (item.ContentType == ContentEvents.BrandingType)
            await AppendAsync(ContentEvents.BrandingChanged, item.ContentItemId, item.ToJson(), cancellationToken);
    }

    public Task UnpublishedAsync(string contentItemId, string contentType, CancellationToken cancellationToken) =>
        AppendAsync(ContentEvents.Unpublished, contentItemId, new { contentItemId, contentType }, cancellationToken);

    public Task DeletedAsync(string contentItemId, string contentType, CancellationToken cancellationToken) =>
        AppendAsync(ContentEvents.Deleted, contentItemId, new { contentItemId, contentType }, cancellationToken);

    private async Task AppendAsync(string type, string contentItemId, object payload, CancellationToken cancellationToken)
    {
        var version = await outbox.NextVersionAsync(ContentEvents.Aggregate, contentItemId, cancellationToken);
        await outbox.AppendAsync(type, ContentEvents.Aggregate, contentItemId, version, payload, cancellationToken);
    }
}
