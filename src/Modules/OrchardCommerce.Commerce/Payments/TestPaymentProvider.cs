namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// The built-in "test" gateway: outcomes are decided by the token alone, so demos, workflows and tests get the same
/// answer every time. tok_approve / tok_visa approve, tok_decline declines ("card_declined"), tok_async needs a
/// webhook confirmation, tok_refund_decline approves but declines every refund; anything else is "unknown_token".
/// </summary>
public sealed class TestPaymentProvider : IPaymentProvider
{
    public const string ProviderName = "test";
    private const string NoRefundMarker = "norefund_";

    public string Name => ProviderName;

    public Task<PaymentAuthorization> AuthorizeAsync(long amount, string currency, string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(token switch
        {
            "tok_approve" or "tok_visa" => PaymentAuthorization.Approved(NewReference("ch_")),
            "tok_refund_decline" => PaymentAuthorization.Approved(NewReference("ch_" + NoRefundMarker)),
            "tok_decline" => PaymentAuthorization.Declined("card_declined"),
            "tok_async" => PaymentAuthorization.RequiresConfirmation(NewReference("pi_")),
            _ => PaymentAuthorization.Declined("unknown_token"),
        });

    // The gateway keeps no state, so what a refund may do is carried by the charge's own reference.
    public Task<PaymentRefundResult> RefundAsync(string providerReference, long amount, string currency, CancellationToken cancellationToken = default) =>
        Task.FromResult(providerReference.Contains(NoRefundMarker, StringComparison.Ordinal)
            ? PaymentRefundResult.Failed("refund_declined")
            : PaymentRefundResult.Refunded(NewReference("re_")));

    private static string NewReference(string prefix) => $"test_{prefix}{Guid.CreateVersion7():N}";
}
