namespace OrchardCommerce.Commerce.Carts;

/// <summary>Shipping in minor units for a cart or an order; replace the registration to plug in carrier rates.</summary>
public interface IShippingCalculator
{
    ValueTask<long> CalculateAsync(PricingContext context, CancellationToken cancellationToken = default);
}
