namespace OrchardCommerce.Outbox;

/// <summary>
/// One outbox of a tenant's database (commerce, content): its table and the id of its PostgreSQL sequencing lock. A
/// marker type per stream closes the generic writer, feed and signal, so each stream is its own set of services.
/// </summary>
public interface IOutboxStream
{
    /// <summary>The events table, created by <see cref="OutboxSchema.CreateAsync"/>.</summary>
    static abstract string Table { get; }

    /// <summary>The advisory lock class id the stream's sequencer takes (the key is the tenant's schema).</summary>
    static abstract int LockClass { get; }

    /// <summary>A new event id, unique across the tenant's streams.</summary>
    static abstract string NewEventId();
}
