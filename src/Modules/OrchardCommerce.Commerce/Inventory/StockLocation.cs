namespace OrchardCommerce.Commerce.Inventory;

/// <summary>A place stock is kept (warehouse, store room); levels and reservations are per variant and location.</summary>
public sealed record StockLocation(string Id, string Handle, string Name);
