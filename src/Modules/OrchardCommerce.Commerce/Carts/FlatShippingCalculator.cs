using Microsoft.Extensions.Options;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>A flat amount per currency, free at or over the currency's threshold, nothing for an empty cart.</summary>
public sealed class FlatShippingCalculator(IOptions<PricingOptions> options) : IShippingCalculator
{
    public ValueTask<long> CalculateAsync(PricingContext context, CancellationToken cancellationToken = default)
    {
        if (context.Lines.Count == 0 || !options.Value.Shipping.TryGetValue(context.Currency, out var rate))
            return ValueTask.FromResult(0L);
        var free = rate.FreeOver is { } threshold && context.Subtotal >= threshold;
        return ValueTask.FromResult(free ? 0 : rate.Flat);
    }
}
