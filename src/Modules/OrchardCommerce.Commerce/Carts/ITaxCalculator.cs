namespace OrchardCommerce.Commerce.Carts;

/// <summary>Tax in minor units for a cart or an order; replace the registration to plug in a tax service.</summary>
public interface ITaxCalculator
{
    ValueTask<long> CalculateAsync(PricingContext context, CancellationToken cancellationToken = default);
}
