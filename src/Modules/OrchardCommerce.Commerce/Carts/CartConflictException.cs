namespace OrchardCommerce.Commerce.Carts;

/// <summary>The cart can no longer change (it was checked out); the API answers 409.</summary>
public sealed class CartConflictException(string message) : Exception(message);
