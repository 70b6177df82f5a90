using Microsoft.Extensions.Caching.Memory;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// A tenant's recently read order lines and addresses. They are written once, at checkout, and never change (they go
/// only with their order), so an entry cannot go stale, on this node or any other. Every order step builds the
/// order's view for its answer and its event, and reading them again took two statements inside the write turn.
/// </summary>
public sealed class OrderDetailsCache : IDisposable
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    internal bool TryGet(string orderId, out OrderDetails details) => _cache.TryGetValue(orderId, out details!);

    internal void Set(string orderId, OrderDetails details) => _cache.Set(orderId, details, Entry);

    public void Dispose() => _cache.Dispose();
}

/// <summary>The parts of an order that never change after checkout.</summary>
internal sealed record OrderDetails(IReadOnlyList<OrderLineView> Lines, OrderAddress? Shipping, OrderAddress? Billing);
