namespace OrchardCommerce.Commerce.Inventory;

/// <summary>One variant's stock at one location; available is what a checkout may still reserve.</summary>
public sealed record StockLevel(string Location, long OnHand, long Reserved, long Available);
