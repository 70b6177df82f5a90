namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// A payment gateway, registered in the tenant container and chosen by <see cref="Name"/> (the order's payment
/// provider). Implementations talk to the gateway only; recording payments is <see cref="PaymentService"/>'s job.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>Authorizes and captures <paramref name="amount"/> (minor units) with the customer's payment token.</summary>
    Task<PaymentAuthorization> AuthorizeAsync(long amount, string currency, string token, CancellationToken cancellationToken = default);

    /// <summary>Gives back part or all of a captured payment, identified by the reference the gateway returned.</summary>
    Task<PaymentRefundResult> RefundAsync(string providerReference, long amount, string currency, CancellationToken cancellationToken = default);
}
