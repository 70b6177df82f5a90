namespace OrchardCommerce.Commerce.Payments;

/// <summary>A gateway's answer to a refund: its reference when it succeeded, the reason when it did not.</summary>
public sealed record PaymentRefundResult(bool Succeeded, string? Reference, string? Reason)
{
    public static PaymentRefundResult Refunded(string reference) => new(true, reference, null);

    public static PaymentRefundResult Failed(string reason) => new(false, null, reason);
}
