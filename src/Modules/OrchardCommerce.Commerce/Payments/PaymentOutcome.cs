namespace OrchardCommerce.Commerce.Payments;

/// <summary>What a gateway said to an authorization.</summary>
public enum PaymentOutcome
{
    /// <summary>Captured; the order may proceed.</summary>
    Approved,
    /// <summary>Refused for good (<see cref="PaymentAuthorization.Reason"/> says why).</summary>
    Declined,
    /// <summary>Pending a later signed webhook (3-D Secure, bank transfer) that confirms or fails it.</summary>
    RequiresConfirmation,
}
