using OrchardCommerce.Contents.Models;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Contents.Outbox;

/// <summary>The content outbox: publish, unpublish and delete of content items, served at /api/content/events.</summary>
public sealed class ContentStream : IOutboxStream
{
    public static string Table => "content_events";

    public static int LockClass => 4244;

    public static string NewEventId() => "evt_" + ContentIds.New();
}
