namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Everything time-driven (timers, job deadlines and back-offs, message expiry) in one priority queue, so the timer
/// loop sleeps until exactly the next due time. Entries are never removed early: whoever pops one checks it is current.
/// </summary>
internal sealed class DueQueue
{
    private readonly PriorityQueue<DueEntry, DateTimeOffset> _queue = new();

    public DateTimeOffset? Next => _queue.TryPeek(out _, out var due) ? due : null;

    public void Add(DueKind kind, long key, DateTimeOffset due) => _queue.Enqueue(new DueEntry(kind, key, due), due);

    public bool TryTakeDue(DateTimeOffset now, out DueEntry entry)
    {
        if (_queue.TryPeek(out entry, out var due) && due <= now)
        {
            _queue.Dequeue();
            return true;
        }

        entry = default;
        return false;
    }

    public void Clear() => _queue.Clear();
}
