namespace OrchardCommerce.Commerce.Carts;

/// <summary>Totals from the registered calculators: shipping first, then tax (which sees the shipping amount).</summary>
public sealed class CartPricer(ITaxCalculator tax, IShippingCalculator shipping)
{
    public async Task<CartTotals> PriceAsync(string currency, IReadOnlyList<PricedLine> lines, string? shippingCountry,
        CancellationToken cancellationToken = default)
    {
        var subtotal = lines.Sum(l => l.LineTotal);
        var context = new PricingContext(currency, lines, subtotal, shippingCountry);
        var shippingAmount = await shipping.CalculateAsync(context, cancellationToken);
        var taxAmount = await tax.CalculateAsync(context with { Shipping = shippingAmount }, cancellationToken);
        return new CartTotals(subtotal, taxAmount, shippingAmount, subtotal + taxAmount + shippingAmount);
    }
}
