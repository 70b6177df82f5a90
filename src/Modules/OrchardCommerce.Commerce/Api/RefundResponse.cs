using OrchardCommerce.Commerce.Payments;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The refund just made and its payment afterwards (refundedAmount, status).</summary>
public sealed record RefundResponse(PaymentRefund Refund, Payment Payment);
