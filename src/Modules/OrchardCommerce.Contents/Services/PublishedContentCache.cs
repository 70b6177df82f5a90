using System.Collections.Concurrent;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// Serialized published items by id and by route, each tagged with the <see cref="ContentGeneration"/> it was read
/// at; an entry of an older generation is a miss. Readers are the storefront's hot path, writes are rare.
/// </summary>
public sealed class PublishedContentCache
{
    // Bounded so a crawler walking every route cannot grow it without limit; a full cache starts over.
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (long Generation, byte[] Body)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, long generation, out byte[] body)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation)
        {
            body = entry.Body;
            return true;
        }
        body = [];
        return false;
    }

    public void Set(string key, long generation, byte[] body)
    {
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (generation, body);
    }
}
