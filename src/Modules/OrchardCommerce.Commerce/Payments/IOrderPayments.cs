namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// What payments need from orders and tell them. Orders implement it, because the order state machine is the only
/// writer of an order's status; payments never update order rows themselves. Calls join the caller's unit of work.
/// </summary>
public interface IOrderPayments
{
    /// <summary>The order's amount due and chosen payment method, or null when no such order exists.</summary>
    Task<OrderPaymentInfo?> GetAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The payment is captured: order pending → payment_verified, payment status confirmed.</summary>
    Task PaymentVerifiedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The provider waits for an asynchronous confirmation: payment status requires_confirmation.</summary>
    Task PaymentAwaitingConfirmationAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The payment was declined: order → failed (its stock released), payment status failed.</summary>
    Task PaymentFailedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Money went back: payment status refunded or partially_refunded by the total refunded so far.</summary>
    Task PaymentRefundedAsync(string orderId, string paymentId, long refundedTotal, string reason, CancellationToken cancellationToken = default);
}

/// <param name="PaymentStatus">pending, requires_confirmation, confirmed, failed, refunded or partially_refunded.</param>
public sealed record OrderPaymentInfo(string OrderId, string Status, string PaymentStatus, string Currency, long Total,
    string PaymentProvider, string PaymentToken);
