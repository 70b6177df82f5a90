using Microsoft.Extensions.Options;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>One rate on the subtotal, rounded half away from zero to the minor unit.</summary>
public sealed class RateTaxCalculator(IOptions<PricingOptions> options) : ITaxCalculator
{
    public ValueTask<long> CalculateAsync(PricingContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult((long)Math.Round(context.Subtotal * options.Value.TaxRate, MidpointRounding.AwayFromZero));
}
