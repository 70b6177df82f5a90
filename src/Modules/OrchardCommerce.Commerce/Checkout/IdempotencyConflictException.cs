namespace OrchardCommerce.Commerce.Checkout;

/// <summary>An Idempotency-Key reused with a different request; the API answers 422.</summary>
public sealed class IdempotencyConflictException(string key)
    : Exception($"Idempotency key '{key}' was already used with a different request.")
{
    public string Key { get; } = key;
}
