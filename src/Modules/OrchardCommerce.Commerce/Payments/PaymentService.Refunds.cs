using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Outbox;

namespace OrchardCommerce.Commerce.Payments;

public sealed partial class PaymentService
{
    private const int MaxReasonLength = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Gives back <paramref name="amount"/> of the order's captured payment: at most what was captured minus what was
    /// refunded so far (400 naming "amount" otherwise). Records the refund, tells the order and writes payment.refunded.
    /// </summary>
    public async Task<(PaymentRefund Refund, Payment Payment)> RefundAsync(string orderId, long amount, string? reason,
        CancellationToken cancellationToken = default)
    {
        if (amount <= 0) throw PaymentException.Invalid("amount", "The amount must be a positive number of minor units.");
        if (reason?.Length > MaxReasonLength) throw PaymentException.Invalid("reason", $"The reason must be at most {MaxReasonLength} characters.");

        await using var work = await session.BeginWorkAsync(cancellationToken);
        var payment = await store.FindByOrderAsync(orderId, cancellationToken)
            ?? throw PaymentException.NotFound($"Order '{orderId}' has no payment.");
        if (payment.Status is not (PaymentStatuses.Confirmed or PaymentStatuses.PartiallyRefunded))
            throw PaymentException.Conflict($"Payment '{payment.Id}' is {payment.Status}; only captured payments can be refunded.");
        var refundable = payment.Refundable;
        // The conditional update re-checks under the row lock, so a concurrent refund cannot push the total past the capture.
        if (amount > refundable || !await store.TryAddRefundAsync(payment, amount, cancellationToken))
            throw PaymentException.Invalid("amount", $"At most {refundable} {payment.Currency} minor units can still be refunded.");

        var provider = providers.Find(payment.Provider)
            ?? throw PaymentException.Conflict($"Payment provider '{payment.Provider}' is not installed.");
        var answer = await provider.RefundAsync(payment.ProviderReference ?? "", amount, payment.Currency, cancellationToken);
        if (!answer.Succeeded)
            throw PaymentException.Conflict($"{provider.Name} declined the refund: {answer.Reason}.");

        var refund = new PaymentRefund(CommerceIds.New("re"), payment.Id, orderId, amount, payment.Currency, reason, answer.Reference,
            store.Now());
        await store.InsertRefundAsync(refund, cancellationToken);
        await orders.PaymentRefundedAsync(orderId, payment.Id, payment.RefundedAmount, reason ?? "Refund.", cancellationToken);
        var payload = JsonSerializer.SerializeToNode(payment, Json)!.AsObject();
        payload["refund"] = JsonSerializer.SerializeToNode(refund, Json);
        await AppendAsync(CommerceEvents.PaymentRefunded, payment, cancellationToken, payload);
        await work.CompleteAsync(cancellationToken);
        return (refund, payment);
    }
}
