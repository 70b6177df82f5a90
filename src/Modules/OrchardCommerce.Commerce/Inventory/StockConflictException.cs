namespace OrchardCommerce.Commerce.Inventory;

/// <summary>A stock change that would break an invariant (on hand below reserved); the API answers 409.</summary>
public sealed class StockConflictException(string message) : Exception(message);
