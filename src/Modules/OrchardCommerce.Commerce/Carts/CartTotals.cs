namespace OrchardCommerce.Commerce.Carts;

public sealed record CartTotals(long Subtotal, long Tax, long Shipping, long Total);
