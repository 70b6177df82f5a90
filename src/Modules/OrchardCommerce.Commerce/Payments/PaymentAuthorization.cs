namespace OrchardCommerce.Commerce.Payments;

/// <summary>A gateway's answer to an authorization: the outcome, its reference there, and a decline reason.</summary>
public sealed record PaymentAuthorization(PaymentOutcome Outcome, string? Reference, string? Reason)
{
    public static PaymentAuthorization Approved(string reference) => new(PaymentOutcome.Approved, reference, null);

    public static PaymentAuthorization Declined(string reason) => new(PaymentOutcome.Declined, null, reason);

    public static PaymentAuthorization RequiresConfirmation(string reference) => new(PaymentOutcome.RequiresConfirmation, reference, null);
}
