using Microsoft.Extensions.Caching.Memory;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>
/// A tenant's recently quoted variants by SKU and currency, so a one-request checkout can skip its catalog read. An
/// entry is never trusted on its own: the checkout's command proves it still holds (<see cref="CatalogQuote"/>), so
/// an entry left behind by a change on another node costs one retried command, never a wrong price.
/// </summary>
public sealed class SellableVariantCache : IDisposable
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    internal bool TryGet(string sku, string currency, out CatalogRow row) => _cache.TryGetValue((sku, currency), out row!);

    internal void Set(CatalogRow row, string currency) => _cache.Set((row.Sku, currency), row, Entry);

    public void Dispose() => _cache.Dispose();
}
