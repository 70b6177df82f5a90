using System.Collections.Concurrent;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// A thread-safe cache of at most <see cref="Capacity"/> entries with second-chance (clock) eviction: a hit only sets
/// a flag, so reads take no lock; when full, an add walks the entries and drops the first one not used since its last
/// pass. Close enough to LRU for query caches, where a few hot keys get nearly every hit.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(comparer);
    private readonly ConcurrentQueue<TKey> _clock = new();
    private readonly Lock _evictLock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Used = true;
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        var added = false;
        _entries.AddOrUpdate(key, _ => { added = true; return new Entry(value); }, (_, _) => new Entry(value));
        if (!added) return;
        _clock.Enqueue(key);
        if (_entries.Count > Capacity) Evict();
    }

    private void Evict()
    {
        lock (_evictLock)
        {
            // Each entry gets at most one second chance per pass, so this loop ends within two passes.
            var budget = _clock.Count * 2;
            while (_entries.Count > Capacity && budget-- > 0 && _clock.TryDequeue(out var key))
            {
                if (!_entries.TryGetValue(key, out var entry)) continue;
                if (entry.Used)
                {
                    entry.Used = false;
                    _clock.Enqueue(key);
                }
                else
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;
        public volatile bool Used;
    }
}
