using Microsoft.Extensions.Caching.Memory;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// A typed face on the framework's MemoryCache holding at most <c>capacity</c> entries: when full, it compacts
/// the least recently used ones away (in the background; an entry added meanwhile is simply not kept).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity) : IDisposable where TKey : notnull
{
    private static readonly MemoryCacheEntryOptions OneSlot = new() { Size = 1 };
    private readonly MemoryCache _cache = new(new MemoryCacheOptions
    {
        SizeLimit = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity)),
    });

    public int Count => _cache.Count;

    public bool TryGet(TKey key, out TValue value) => _cache.TryGetValue(key, out value!);

    public void Set(TKey key, TValue value) => _cache.Set(key, value, OneSlot);

    public void Dispose() => _cache.Dispose();
}
