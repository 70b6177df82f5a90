namespace OrchardCommerce.Commerce.Carts;

/// <summary>A cart as the store API shows it: lines at current prices and the calculators' totals.</summary>
public sealed record CartView(string Id, string Currency, string? Email, string Status, string? OrderId,
    IReadOnlyList<CartLineView> Lines, long Subtotal, long Tax, long Shipping, long Total, long Version,
    DateTime CreatedUtc, DateTime UpdatedUtc);

/// <param name="Available">False when the variant is no longer sold or has no price in the cart's currency.</param>
public sealed record CartLineView(string Id, string VariantId, string Sku, string Title, long Quantity, long UnitPrice,
    long LineTotal, bool Available);
