namespace OrchardCommerce.Commerce.Orders;

/// <summary>What was sold, as it was at checkout.</summary>
public sealed record OrderLineView(int Position, string VariantId, string Sku, string Title, long Quantity, long UnitPrice, long LineTotal);
