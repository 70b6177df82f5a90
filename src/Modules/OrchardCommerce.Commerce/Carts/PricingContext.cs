namespace OrchardCommerce.Commerce.Carts;

/// <summary>What calculators price: the lines in one currency and, at checkout, where they ship.</summary>
/// <param name="ShippingCountry">Null on a cart, which has no address yet.</param>
/// <param name="Shipping">Filled in before tax is calculated, so tax may include it.</param>
public sealed record PricingContext(string Currency, IReadOnlyList<PricedLine> Lines, long Subtotal, string? ShippingCountry, long Shipping = 0);

public sealed record PricedLine(string VariantId, string Sku, long Quantity, long UnitPrice, string? Title = null)
{
    public long LineTotal => UnitPrice * Quantity;
}
