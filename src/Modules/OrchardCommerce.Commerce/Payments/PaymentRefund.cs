namespace OrchardCommerce.Commerce.Payments;

/// <summary>One refund of a payment, as stored and as the API shows it.</summary>
public sealed record PaymentRefund(string Id, string PaymentId, string OrderId, long Amount, string Currency, string? Reason,
    string? ProviderReference, DateTime CreatedUtc);
