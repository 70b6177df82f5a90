using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Outbox;

/// <summary>The commerce outbox: catalog, stock, order and payment events, served at /api/commerce/events.</summary>
public sealed class CommerceStream : IOutboxStream
{
    public static string Table => "commerce_events";

    // 4243 is the key earlier versions took, so a process of the previous version and this one never sequence at once.
    public static int LockClass => 4243;

    public static string NewEventId() => CommerceIds.New("evt");
}
